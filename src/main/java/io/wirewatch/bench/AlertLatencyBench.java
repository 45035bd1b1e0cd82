package io.wirewatch.bench;

import io.wirewatch.client.ClientConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.wirewatch.alert.SubscriptionRequest;
import io.wirewatch.alert.SubscriptionStore;
import io.wirewatch.alert.delivery.DeliveryConfig;
import io.wirewatch.alert.delivery.DeliveryListener;
import io.wirewatch.alert.delivery.DeliveryService;
import io.wirewatch.alert.delivery.RetryPolicy;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.ChannelType;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.Subscription;
import io.wirewatch.ingest.ArticleIdentity;
import io.wirewatch.platform.ScratchDir;
import io.wirewatch.streams.alerting.AlertingApp;
import io.wirewatch.streams.alerting.AlertingConfig;
import io.wirewatch.streams.alerting.AlertingSerdes;
import io.wirewatch.topics.TopicNames;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Latency from producing a raw article into {@code news.articles.raw} to receiving its webhook: the
 * whole path a newsroom waits on (enrichment, stories and alerting, delivery). The caller runs the
 * enrichment application against the cluster; this bench runs the alerting Streams app and a webhook
 * delivery service in this JVM, a receiver on loopback, and a probe consumer that notes when each
 * article's enriched record and alert become visible ({@code read_committed}), so the total splits
 * into its three hops. Every article names its own pair of countries, event and random words, so each is a
 * story of its own and makes exactly one NEW alert (1,711 country pairs times five events: 8,555
 * articles before a combination comes back). Articles go out at a fixed rate; the first
 * {@code warmup} is not measured.
 *
 * <pre>{@code
 * AlertLatencyBench.Result r = AlertLatencyBench.run(clientConfig, serdes, articleSerde, settings);
 * System.out.println(r.summary());
 * }</pre>
 */
public final class AlertLatencyBench {
  private AlertLatencyBench() {}

  /**
   * @param articlesPerSecond production rate
   * @param warmup time at the start that is not measured
   * @param measure time that is measured
   * @param drain how long to wait for the last alerts
   */
  public record Settings(int articlesPerSecond, Duration warmup, Duration measure, Duration drain) {
    public static Settings defaults() {
      return new Settings(100, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }
  }

  /** Percentiles of one span in milliseconds, over the measured articles that completed it. */
  public record Span(int samples, double p50, double p95, double p99, double max) {
    static Span of(double[] sorted) {
      return new Span(sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
          sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "p50 %.1f ms · p95 %.1f ms · p99 %.1f ms · max %.1f ms", p50, p95, p99, max);
    }
  }

  /**
   * The end-to-end span and its three hops; {@code received < sent} means alerts were missing.
   *
   * @param total produce into news.articles.raw → webhook receipt
   * @param enrich produce → enriched record visible to a read_committed consumer
   * @param alerting enriched visible → alert visible
   * @param delivery alert visible → webhook receipt
   */
  public record Result(int sent, int received, Span total, Span enrich, Span alerting, Span delivery) {
    public double p99() {
      return total.p99();
    }

    public String summary() {
      return String.format(Locale.ROOT, "alerts: %d/%d received · raw→webhook %s%n"
          + "         hops (p50/p99): raw→enriched %.1f/%.1f ms · enriched→alert %.1f/%.1f ms"
          + " · alert→webhook %.1f/%.1f ms", received, sent, total, enrich.p50(), enrich.p99(),
          alerting.p50(), alerting.p99(), delivery.p50(), delivery.p99());
    }
  }

  /** Country names without look-alikes, so the enricher tags each article with its own pair. */
  static final List<String> COUNTRIES = List.of("France", "Germany", "Japan", "Brazil", "Canada", "Mexico",
      "India", "Kenya", "Egypt", "Norway", "Sweden", "Poland", "Spain", "Italy", "Chile", "Peru", "Vietnam",
      "Thailand", "Indonesia", "Australia", "Argentina", "Nigeria", "Ghana", "Ethiopia", "Morocco", "Algeria",
      "Tunisia", "Iraq", "Syria", "Lebanon", "Israel", "Iran", "Pakistan", "Bangladesh", "Nepal", "Mongolia",
      "Kazakhstan", "Ukraine", "Finland", "Denmark", "Austria", "Hungary", "Romania", "Greece", "Portugal",
      "Ireland", "Belgium", "Netherlands", "Switzerland", "Colombia", "Venezuela", "Cuba", "Qatar", "Oman",
      "Yemen", "Senegal", "Mali", "Angola", "Zambia");

  /** Runs the bench; the enrichment application must already be running against the same cluster. */
  public static Result run(Map<String, ?> client, AlertingSerdes serdes, Serde<Article> articleSerde,
      Settings settings) throws Exception {
    Map<String, Long> sentAt = new ConcurrentHashMap<>();
    Map<String, Long> receivedAt = new ConcurrentHashMap<>();
    ObjectMapper json = new ObjectMapper();
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.setExecutor(Executors.newFixedThreadPool(2));
    receiver.createContext("/", ex -> {
      long now = System.nanoTime();
      JsonNode body = json.readTree(ex.getRequestBody().readAllBytes());
      receivedAt.putIfAbsent(body.at("/article/id").asText(), now);
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    receiver.start();
    String run = Long.toString(System.currentTimeMillis(), 36);
    // the state directory goes last, after the alerting app that writes it has closed (in the finally below)
    ScratchDir state = ScratchDir.create("wirewatch-bench-alerting-");
    List<AutoCloseable> open = new ArrayList<>();
    try (SubscriptionStore store = new SubscriptionStore(client, serdes.subscription(), Clock.systemUTC())) {
      Subscription sub = store.add(new SubscriptionRequest("bench " + run, List.of(), List.of(), List.of(), List.of(),
          0.0, false, 1_000_000, new SubscriptionRequest.ChannelRequest("webhook",
              "http://127.0.0.1:" + receiver.getAddress().getPort() + "/bench", "bench-secret-" + run + "-0123456789")));
      AlertingApp app = AlertingApp.start(client, AlertingConfig.defaults(), serdes, state.path(), "wirewatch-bench-" + run);
      open.add(app);
      if (!app.awaitRunning(Duration.ofSeconds(120))) {
        throw new IllegalStateException("the alerting app did not reach RUNNING within 120 s (state " + app.state() + ")");
      }
      DeliveryService delivery = DeliveryService.start(client, DeliveryConfig.defaults(ChannelType.WEBHOOK)
          .withGroupId("wirewatch-bench-" + run + "-webhook").withAllowLoopback(true)
          .withRetry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(500))),
          serdes.alert(), serdes.subscription(), DeliveryListener.NONE);
      open.add(delivery);
      VisibilityProbe probe = VisibilityProbe.start(client, serdes);
      open.add(probe);
      Properties connection = ClientConfig.of(client).settings();
      Map<TopicPartition, Long> mark = ReadBack.mark(connection, TopicNames.ARTICLES_ENRICHED);
      ReadBack.Expected expected = new ReadBack.Expected();
      List<String> measured = produce(client, articleSerde, settings, sentAt, run, expected);
      long deadline = System.nanoTime() + settings.drain().toNanos();
      while (!receivedAt.keySet().containsAll(measured) && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(50);
      }
      store.remove(sub.getId());
      ReadBack.verify("bench alerts", connection, TopicNames.ARTICLES_ENRICHED, mark, expected,
          ReadBack.articleDigest(connection, TopicNames.ARTICLES_ENRICHED, e -> (GenericRecord) e.get("article")),
          Duration.ofMinutes(1));
      int received = (int) measured.stream().filter(receivedAt::containsKey).count();
      return new Result(measured.size(), received,
          span(measured, sentAt, receivedAt),
          span(measured, sentAt, probe.enrichedAt),
          span(measured, probe.enrichedAt, probe.alertedAt),
          span(measured, probe.alertedAt, receivedAt));
    } finally {
      for (int i = open.size() - 1; i >= 0; i--) {
        open.get(i).close();
      }
      receiver.stop(0);
      state.close();
    }
  }

  /** Milliseconds from {@code from} to {@code to} for the ids that have both, sorted. */
  private static Span span(List<String> ids, Map<String, Long> from, Map<String, Long> to) {
    return Span.of(ids.stream().filter(id -> from.containsKey(id) && to.containsKey(id))
        .mapToDouble(id -> (to.get(id) - from.get(id)) / 1e6).sorted().toArray());
  }

  /**
   * Notes when each article's enriched record and its first alert become visible to a
   * read_committed consumer, by article id, starting at the end of both topics.
   */
  private static final class VisibilityProbe implements AutoCloseable {
    final Map<String, Long> enrichedAt = new ConcurrentHashMap<>();
    final Map<String, Long> alertedAt = new ConcurrentHashMap<>();
    private final AtomicBoolean done = new AtomicBoolean();
    private final Thread thread;

    private VisibilityProbe(KafkaConsumer<String, byte[]> consumer, AlertingSerdes serdes) {
      Deserializer<EnrichedArticle> enriched = serdes.enriched().deserializer();
      Deserializer<Alert> alerts = serdes.alert().deserializer();
      thread = new Thread(() -> {
        try (consumer) {
          while (!done.get()) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(50))) {
              long now = System.nanoTime();
              if (r.topic().equals(TopicNames.ARTICLES_ENRICHED)) {
                enrichedAt.putIfAbsent(enriched.deserialize(r.topic(), r.value()).getId(), now);
              } else {
                alertedAt.putIfAbsent(alerts.deserialize(r.topic(), r.value()).getArticleId(), now);
              }
            }
          }
        }
      }, "bench-visibility-probe");
      thread.setDaemon(true);
    }

    static VisibilityProbe start(Map<String, ?> client, AlertingSerdes serdes) {
      Properties c = ClientConfig.of(client).reader("wirewatch-bench-probe", ClientConfig.Reading.LATENCY);
      KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
      List<TopicPartition> parts = new ArrayList<>();
      for (String topic : List.of(TopicNames.ARTICLES_ENRICHED, TopicNames.ALERTS)) {
        consumer.partitionsFor(topic).forEach(p -> parts.add(new TopicPartition(topic, p.partition())));
      }
      consumer.assign(parts);
      consumer.seekToEnd(parts);
      parts.forEach(consumer::position);
      VisibilityProbe probe = new VisibilityProbe(consumer, serdes);
      probe.thread.start();
      return probe;
    }

    @Override
    public void close() throws InterruptedException {
      done.set(true);
      thread.join(5000);
    }
  }

  private static List<String> produce(Map<String, ?> client, Serde<Article> articleSerde, Settings s, Map<String, Long> sentAt, String run,
      ReadBack.Expected expected) throws Exception {
    Properties p = ClientConfig.of(client).producer("wirewatch-bench", ClientConfig.Batching.IMMEDIATE);
    Random random = new Random(42);
    List<String> measured = new ArrayList<>();
    long periodNanos = 1_000_000_000L / s.articlesPerSecond();
    int total = (int) ((s.warmup().toMillis() + s.measure().toMillis()) * s.articlesPerSecond() / 1000);
    int warm = (int) (s.warmup().toMillis() * s.articlesPerSecond() / 1000);
    List<int[]> pairs = countryPairs(random);
    try (KafkaProducer<String, Article> producer =
        new KafkaProducer<>(p, new StringSerializer(), articleSerde.serializer())) {
      long start = System.nanoTime();
      for (int i = 0; i < total; i++) {
        long due = start + i * periodNanos;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        // each (country pair, event) comes once per run and with fresh words, so every article is a
        // story of its own: the clusterer joins articles only if they share an event and a country
        int[] pair = pairs.get((i / TEMPLATES.size()) % pairs.size());
        Article article = article("bench-" + run + "-" + i, TEMPLATES.get(i % TEMPLATES.size()),
            COUNTRIES.get(pair[0]), COUNTRIES.get(pair[1]), random);
        sentAt.put(article.getId(), System.nanoTime());
        if (ReadBack.sampled(i, total)) {
          expected.add(article.getId(), article.getContentHash());
        }
        producer.send(new ProducerRecord<>(TopicNames.ARTICLES_RAW, article.getId(), article));
        if (i >= warm) {
          measured.add(article.getId());
        }
      }
      producer.flush();
    }
    return measured;
  }

  /**
   * Headline and first sentence of a short wire story, with {A} and {B} for the two countries and {W}
   * for random words; on each the real enricher finds both countries and one event topic
   * (sanctions-imposed, diplomat-expelled, agreement-signed, condemnation, humanitarian-aid).
   */
  static final List<String[]> TEMPLATES = List.of(
      new String[] {"{A} imposes sanctions on {B} over {W}", "{A} on Tuesday imposed new sanctions on {B} over {W}"},
      new String[] {"{A} expels {B}'s ambassador over {W}", "{A} on Tuesday expelled the ambassador of {B} over {W}"},
      new String[] {"{A} and {B} sign trade agreement on {W}", "{A} and {B} on Tuesday signed a trade agreement on {W}"},
      new String[] {"{A} condemns {B} over {W}", "{A} on Tuesday condemned {B} over {W}"},
      new String[] {"{A} sends humanitarian aid to {B} after {W}", "{A} on Tuesday sent humanitarian aid to {B} after {W}"});

  /** Every unordered pair of {@link #COUNTRIES} once, in a shuffled order. */
  private static List<int[]> countryPairs(Random random) {
    List<int[]> pairs = new ArrayList<>();
    for (int a = 0; a < COUNTRIES.size(); a++) {
      for (int b = a + 1; b < COUNTRIES.size(); b++) {
        pairs.add(random.nextBoolean() ? new int[] {a, b} : new int[] {b, a});
      }
    }
    java.util.Collections.shuffle(pairs, random);
    return pairs;
  }

  static Article article(String id, String[] template, String a, String b, Random random) {
    String words = words(random, 6);
    String headline = fill(template[0], a, b, words);
    String body = fill(template[1], a, b, words) + ", the foreign ministry said in a statement. "
        + capitalise(words(random, 10)) + ".";
    Instant now = Instant.now();
    return Article.newBuilder().setId(id).setRevision(1).setContentHash(ArticleIdentity.contentHash(headline, body)).setSource("bench")
        .setHeadline(headline).setBody(body).setLang("en").setPublished(now).setIngested(now).build();
  }

  private static String fill(String template, String a, String b, String words) {
    return template.replace("{A}", a).replace("{B}", b).replace("{W}", words);
  }

  private static String words(Random random, int count) {
    StringBuilder b = new StringBuilder();
    for (int w = 0; w < count; w++) {
      if (w > 0) {
        b.append(' ');
      }
      for (int k = 0; k < 7; k++) {
        b.append((char) ('a' + random.nextInt(26)));
      }
    }
    return b.toString();
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static double pct(double[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
