package io.wirewatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.ingest.feed.FeedParser;
import io.wirewatch.ingest.parse.ArticleParser;
import io.wirewatch.ingest.parse.JsonArticles;
import io.wirewatch.ingest.parse.ParseSink;
import io.wirewatch.ingest.parse.Parsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the bundled demo articles (classpath {@code demo/}: wire/*.txt, articles.jsonl,
 * ninjs/*.json, feed.xml, atom.xml) into news.articles.raw, one every {@code pace}, oldest first,
 * on its own daemon thread. They are read with the same parsers as real input; wire copy, which
 * carries no timestamp, takes its publication time from {@code demo/expected.jsonl}.
 *
 * <pre>{@code
 * try (DemoFeeder demo = new DemoFeeder(producer, Duration.ofSeconds(1))) {
 *   demo.start();
 *   ...
 * }
 * }</pre>
 *
 * Articles already posted (same id and content) are not posted again, so restarting a demo on
 * the same data posts nothing new. Thread-safe.
 */
public final class DemoFeeder implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DemoFeeder.class);
  private static final String ROOT = "demo";

  private final ArticleProducer producer;
  private final Duration pace;
  private final Supplier<List<RawArticle>> articles;
  private final AtomicInteger posted = new AtomicInteger();
  private final AtomicInteger replayed = new AtomicInteger();
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile Thread thread;
  private volatile boolean closed;

  public DemoFeeder(ArticleProducer producer, Duration pace) {
    this(producer, pace, DemoFeeder::loadBundled);
  }

  /** A feeder of other articles than the bundled ones (tests, benchmarks); loaded when started. */
  public DemoFeeder(ArticleProducer producer, Duration pace, Supplier<List<RawArticle>> articles) {
    if (pace.isNegative()) {
      throw new IllegalArgumentException("demo pace must be >= 0, got " + pace);
    }
    this.producer = producer;
    this.pace = pace;
    this.articles = articles;
  }

  /** Starts replaying on a daemon thread named {@code wirewatch-demo-feeder}. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("demo feeder already started");
    }
    thread = new Thread(this::run, "wirewatch-demo-feeder");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      List<RawArticle> list = articles.get();
      log.info("demo: replaying {} articles, one every {} ms", list.size(), pace.toMillis());
      for (RawArticle a : list) {
        if (closed) {
          break;
        }
        if (producer.submit(a).outcome() == ArticleProducer.Outcome.POSTED) {
          posted.incrementAndGet();
        }
        replayed.incrementAndGet();
        if (!pace.isZero()) {
          Thread.sleep(pace.toMillis());
        }
      }
      producer.flush();
      log.info("demo: done, {} of {} articles posted", posted.get(), replayed.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.error("demo feeder stopped: {}", e.toString(), e);
    } finally {
      finished.countDown();
    }
  }

  /** Articles posted so far (new or changed). */
  public int postedCount() {
    return posted.get();
  }

  /** Articles replayed so far, posted or unchanged. */
  public int replayedCount() {
    return replayed.get();
  }

  /** Waits until every article is replayed or the feeder is closed. */
  public boolean awaitDone(Duration timeout) throws InterruptedException {
    return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stops the replay (the article being sent is finished) and flushes. */
  @Override
  public void close() {
    closed = true;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Every bundled demo article, parsed, oldest first (articles without a time last, by origin).
   *
   * @throws IllegalStateException when the demo resources are missing from the classpath
   */
  public static List<RawArticle> loadBundled() {
    URL url = DemoFeeder.class.getClassLoader().getResource(ROOT + "/expected.jsonl");
    if (url == null) {
      throw new IllegalStateException("the demo data (classpath " + ROOT + "/) is missing from this build");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        // Inside the shaded jar: an opaque URI that cannot be resolved against; open the jar itself.
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return load(fs.getPath("/" + ROOT));
      }
      return load(Path.of(uri).getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad demo resource URL " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<RawArticle> load(Path root) throws IOException {
    Map<String, Instant> published = expectedTimes(root.resolve("expected.jsonl"));
    Parsers parsers = Parsers.defaults();
    FeedParser feeds = new FeedParser();
    List<RawArticle> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String rel = root.relativize(f).toString().replace('\\', '/');
      if (rel.equals("expected.jsonl") || rel.endsWith(".md")) {
        continue;
      }
      ArticleParser parser = rel.endsWith(".xml") ? feeds : parsers.forFile(f).orElse(null);
      if (parser == null) {
        continue;
      }
      try (InputStream in = Files.newInputStream(f)) {
        parser.parse(in, "demo:" + rel, new ParseSink() {
          @Override
          public void article(RawArticle a) {
            Instant t = published.get(rel);
            out.add(t != null ? withPublished(a, t) : a);
          }

          @Override
          public void problem(String location, String reason, String detail) {
            log.warn("demo data {} {}: {} ({})", rel, location, reason, detail);
          }
        });
      }
    }
    out.sort(Comparator.comparing(RawArticle::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(a -> String.valueOf(a.origin())));
    return out;
  }

  private static RawArticle withPublished(RawArticle a, Instant t) {
    return new RawArticle(a.sourceId(), a.url(), a.source(), a.headline(), a.body(), a.lang(), t,
        a.firstCreated(), a.byline(), a.dateline(), a.keywords(), a.format(), a.origin());
  }

  /** file → published, for the wire files, whose copy carries only a day without a year. */
  private static Map<String, Instant> expectedTimes(Path expected) throws IOException {
    Map<String, Instant> out = new HashMap<>();
    if (!Files.exists(expected)) {
      return out;
    }
    for (String line : Files.readAllLines(expected)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JsonArticles.mapper().readTree(line);
      if (n.path("format").asText().equals("wire-text") && n.hasNonNull("published")) {
        try {
          out.put(n.get("file").asText(), JsonArticles.parseTime(n.get("published").asText(), "published").instant());
        } catch (JsonArticles.InvalidField e) {
          log.warn("demo data expected.jsonl: {}", e.getMessage());
        }
      }
    }
    return out;
  }
}
