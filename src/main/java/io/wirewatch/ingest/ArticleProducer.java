package io.wirewatch.ingest;

import io.wirewatch.client.ClientConfig;
import io.wirewatch.avro.Article;
import io.wirewatch.topics.TopicNames;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts articles to {@code news.articles.raw}: gives each parsed article its stable id, decides
 * its revision against a {@link RevisionMemory}, and sends each new revision once, keyed by id.
 * Thread-safe: sources on several threads may share one instance.
 *
 * <p>Delivery: an idempotent producer with {@code acks=all}. A send error is logged with the
 * article id, counted ({@link #sendFailures()}) and undone in the memory, so the same content is
 * tried again next time it is read; it is never swallowed. Only after the broker acknowledged a
 * revision is it recorded in {@code news.ingest.seen} (key = id, value = revision:hash), so a
 * crash between the two re-posts a revision rather than losing one.
 *
 * <pre>{@code
 * try (ArticleProducer producer = ArticleProducer.kafka(props, serializer, memory)) {
 *   ArticleProducer.Result r = producer.submit(rawArticle);
 * }   // close() flushes
 * }</pre>
 */
public final class ArticleProducer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ArticleProducer.class);

  /**
   * Compression of news.articles.raw: lz4, chosen by measurement.
   *
   * <ul>
   *   <li>The 60 bundled demo articles as Avro values in one batch (48 KB): none 0.94x (batch
   *       overhead), lz4 1.67x, zstd 2.31x smaller.
   *   <li>20,000 generated 5 KB articles through this producer (IngestBench) on an embedded broker,
   *       bytes on disk per article: none 5,130, lz4 about 2,500 (2.0x), zstd about 1,700 (3.0x).
   *       Warm runs: none 868 and lz4 855 articles/s, zstd 384 articles/s (a shared, heavily loaded
   *       2-core machine, so only the ratios mean anything).
   * </ul>
   *
   * lz4 halves the bytes on the wire and on disk at no measurable cost in produce rate; zstd saves
   * another third of the bytes but more than halved the produce rate here, and every consumer
   * (enrichment, replay, export) pays its slower decompression too. News volume is small next to
   * Kafka's capacity, so bytes are cheap but a slow ingest at a breaking-news burst is not.
   * Overridable with {@code compression.type} in the client config.
   */
  public static final String DEFAULT_COMPRESSION = "lz4";

  /** What {@link #submit} did with one article. */
  public enum Outcome { POSTED, UNCHANGED }

  /**
   * The result of one {@link #submit}: the id and the revision posted (or already posted).
   *
   * @param delivered completes when the broker acknowledged the revision, or exceptionally with
   *     the send error; already complete for UNCHANGED
   */
  public record Result(Outcome outcome, String id, int revision, String contentHash,
      CompletableFuture<Void> delivered) {}

  /** Where articles go: Kafka, or standard output for {@code --dry-run}. */
  interface Publisher extends AutoCloseable {
    void publish(Article article, Completion completion);

    void remember(String id, RevisionMemory.Entry entry);

    void flush();

    @Override
    void close();
  }

  /** Called once per published article, from the publisher's thread. */
  interface Completion {
    void done(Exception error);
  }

  private final Publisher publisher;
  private final RevisionMemory memory;
  private final Clock clock;
  private final LongAdder sent = new LongAdder();
  private final LongAdder acked = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final AtomicReference<Exception> lastError = new AtomicReference<>();
  // Revisions the broker acknowledged and that still have to be written to news.ingest.seen; the
  // write happens on a caller's thread, never in the producer's I/O thread (where a blocking send
  // could deadlock).
  private final Queue<Acked> toRemember = new ConcurrentLinkedQueue<>();

  private record Acked(String id, RevisionMemory.Entry entry) {}

  ArticleProducer(Publisher publisher, RevisionMemory memory, Clock clock) {
    this.publisher = publisher;
    this.memory = memory;
    this.clock = clock;
  }

  /**
   * A producer to {@code news.articles.raw} on the cluster named by {@code clientProps}.
   *
   * @param valueSerializer serialises Article values (Confluent wire format in production); the
   *     producer calls {@code serialize(topic, article)} itself, so it needs no configure() here
   *     beyond what the caller did
   */
  public static ArticleProducer kafka(Properties clientProps, Serializer<Article> valueSerializer,
      RevisionMemory memory) {
    return new ArticleProducer(new KafkaPublisher(producerConfig(clientProps), valueSerializer),
        memory, Clock.systemUTC());
  }

  /** As {@link #kafka(Properties, Serializer, RevisionMemory)}, to other topics (benchmarks, tests). */
  public static ArticleProducer kafka(Properties clientProps, Serializer<Article> valueSerializer,
      RevisionMemory memory, String articlesTopic, String seenTopic) {
    return new ArticleProducer(new KafkaPublisher(
        new KafkaProducer<>(producerConfig(clientProps), new StringSerializer(), new ByteArraySerializer()),
        valueSerializer, articlesTopic, seenTopic), memory, Clock.systemUTC());
  }

  /** A producer that prints one line per article it would post, and posts nothing. */
  public static ArticleProducer dryRun(PrintWriter out, RevisionMemory memory) {
    return new ArticleProducer(new PrintingPublisher(out), memory, Clock.systemUTC());
  }

  /**
   * Producer settings: the caller's client properties, then the ones ingest relies on. Idempotence
   * and acks=all are not negotiable; compression and batching may be overridden by the client config.
   */
  public static Properties producerConfig(Properties clientProps) {
    return ClientConfig.of(clientProps).producer("wirewatch-ingest", ClientConfig.Batching.BULK);
  }

  /**
   * Posts the article if it is new or changed. Never blocks on the broker except when the
   * producer's buffer is full.
   *
   * @throws IllegalArgumentException when the article has no headline or body (callers validate
   *     first and report such items as skipped)
   */
  public Result submit(RawArticle raw) {
    return submit(prepare(raw));
  }

  /**
   * An article with its id and content hash: the part of {@link #submit} that reads no shared
   * state, so that it can run on the parsing thread while another thread submits.
   */
  public record Prepared(RawArticle raw, String id, String contentHash) {}

  /**
   * The first step of {@link #submit(RawArticle)}: checks the article and computes its id and
   * content hash. Thread-safe.
   *
   * @throws IllegalArgumentException when the article has no headline or body, or a body above
   *     {@link RawArticle#MAX_BODY_BYTES}
   */
  public Prepared prepare(RawArticle raw) {
    String problem = raw.problem();
    if (problem != null) {
      throw new IllegalArgumentException(problem + " (" + raw.origin() + ")");
    }
    return new Prepared(raw, ArticleIdentity.idOf(raw), ArticleIdentity.contentHashOf(raw));
  }

  /** The rest of {@link #submit(RawArticle)}, for an article {@link #prepare}d before. */
  public Result submit(Prepared prepared) {
    drainAcked();
    RawArticle raw = prepared.raw();
    String id = prepared.id();
    String hash = prepared.contentHash();
    RevisionMemory.Decision d = memory.decide(id, hash);
    if (d.kind() == RevisionMemory.Kind.UNCHANGED) {
      return new Result(Outcome.UNCHANGED, id, d.revision(), hash, CompletableFuture.completedFuture(null));
    }
    Article article = toArticle(raw, id, d.revision(), hash);
    sent.increment();
    CompletableFuture<Void> delivered = new CompletableFuture<>();
    publisher.publish(article, error -> {
      if (error == null) {
        acked.increment();
        toRemember.add(new Acked(id, d.current()));
        delivered.complete(null);
      } else {
        delivered.completeExceptionally(error);
        failed.increment();
        lastError.set(error);
        memory.undo(id, d);
        log.error("could not post article {} revision {} ({}): {}", id, d.revision(), raw.origin(),
            error.toString());
      }
    });
    return new Result(Outcome.POSTED, id, d.revision(), hash, delivered);
  }

  /** The Article event of a revision: every field holds the article's own data. */
  Article toArticle(RawArticle raw, String id, int revision, String hash) {
    return Article.newBuilder()
        .setId(id)
        .setRevision(revision)
        .setContentHash(hash)
        .setSource(raw.source() == null ? "unknown" : raw.source())
        .setSourceId(raw.sourceId())
        .setUrl(raw.url() == null ? null : orElse(ArticleIdentity.canonicalUrl(raw.url()), raw.url()))
        .setHeadline(raw.headline())
        .setBody(raw.body())
        .setLang(raw.lang())
        .setPublished(raw.published())
        .setPublishedPrecision(raw.publishedPrecision())
        .setFirstCreated(raw.firstCreated())
        .setIngested(clock.instant())
        .setByline(raw.byline())
        .setDateline(raw.dateline())
        .setKeywords(raw.keywords())
        .setFormat(raw.format())
        .setOrigin(raw.origin())
        .build();
  }

  private static String orElse(String a, String b) {
    return a != null ? a : b;
  }

  private void drainAcked() {
    Acked a;
    while ((a = toRemember.poll()) != null) {
      publisher.remember(a.id(), a.entry());
    }
  }

  /** Waits until every article submitted so far is acknowledged (or failed) and remembered. */
  public void flush() {
    publisher.flush();
    drainAcked();
    publisher.flush();
  }

  /** Articles handed to Kafka so far. */
  public long sentCount() {
    return sent.sum();
  }

  /** Articles the broker acknowledged so far. */
  public long ackedCount() {
    return acked.sum();
  }

  /** Articles whose send failed so far. */
  public long sendFailures() {
    return failed.sum();
  }

  /** The most recent send error, or null. */
  public Exception lastError() {
    return lastError.get();
  }

  public RevisionMemory memory() {
    return memory;
  }

  /** Flushes, then closes the Kafka producer. */
  @Override
  public void close() {
    try {
      flush();
    } finally {
      publisher.close();
    }
  }

  /** Sends to Kafka: articles to news.articles.raw, acknowledged revisions to news.ingest.seen. */
  static final class KafkaPublisher implements Publisher {
    private final Producer<String, byte[]> producer;
    private final Serializer<Article> serializer;
    private final String articlesTopic;
    private final String seenTopic;

    KafkaPublisher(Properties producerConfig, Serializer<Article> serializer) {
      this(new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer()), serializer, TopicNames.ARTICLES_RAW, TopicNames.INGEST_SEEN);
    }

    KafkaPublisher(Producer<String, byte[]> producer, Serializer<Article> serializer,
        String articlesTopic, String seenTopic) {
      this.producer = producer;
      this.serializer = serializer;
      this.articlesTopic = articlesTopic;
      this.seenTopic = seenTopic;
    }

    @Override
    public void publish(Article article, Completion completion) {
      byte[] value;
      try {
        value = serializer.serialize(articlesTopic, article);
      } catch (RuntimeException e) {
        completion.done(e);
        return;
      }
      try {
        producer.send(new ProducerRecord<>(articlesTopic, article.getId(), value),
            (meta, error) -> completion.done(error));
      } catch (RuntimeException e) {
        completion.done(e);
      }
    }

    @Override
    public void remember(String id, RevisionMemory.Entry entry) {
      producer.send(new ProducerRecord<>(seenTopic, id, entry.encode().getBytes(StandardCharsets.UTF_8)),
          (meta, error) -> {
            if (error != null) {
              // The article itself is posted; only the memory of it is missing, so a restart may
              // post this revision again. Worth a warning, not a failure of the article.
              log.warn("could not record article {} revision {} in {}: {}", id, entry.revision(),
                  seenTopic, error.toString());
            }
          });
    }

    @Override
    public void flush() {
      producer.flush();
    }

    @Override
    public void close() {
      producer.close(Duration.ofSeconds(30));
      serializer.close();
    }
  }

  /** {@code --dry-run}: one line per article (id, revision, source, headline); nothing is sent. */
  static final class PrintingPublisher implements Publisher {
    private final PrintWriter out;

    PrintingPublisher(PrintWriter out) {
      this.out = out;
    }

    @Override
    public synchronized void publish(Article a, Completion completion) {
      out.println(a.getId() + "\trev " + a.getRevision() + "\t" + a.getSource() + "\t" + a.getHeadline());
      out.flush();
      completion.done(null);
    }

    @Override
    public void remember(String id, RevisionMemory.Entry entry) {}

    @Override
    public void flush() {
      out.flush();
    }

    @Override
    public void close() {
      out.flush();
    }
  }
}
