package io.wirewatch.alert.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.wirewatch.alert.SubscriptionRequest;
import io.wirewatch.alert.SubscriptionStore;
import io.wirewatch.alert.delivery.DeliveryConfig;
import io.wirewatch.alert.delivery.DeliveryListener;
import io.wirewatch.alert.delivery.DeliveryService;
import io.wirewatch.alert.delivery.RetryPolicy;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.ChannelType;
import io.wirewatch.avro.CountryTag;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.avro.Evidence;
import io.wirewatch.avro.Subscription;
import io.wirewatch.avro.TextField;
import io.wirewatch.alert.EventTopics;
import io.wirewatch.streams.alerting.AlertingApp;
import io.wirewatch.streams.alerting.AlertingConfig;
import io.wirewatch.streams.alerting.AlertingSerdes;
import io.wirewatch.topics.TopicNames;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Latency from producing an enriched article into {@code news.articles.enriched} to receiving its
 * webhook: the alerting Streams app and a webhook delivery service run in this JVM against the given
 * cluster, and a receiver listens on loopback. Every article is its own story (distinct country pair,
 * random words), so each makes exactly one NEW alert. Articles go out at a fixed rate; the first
 * {@code warmup} is not measured.
 *
 * <pre>{@code
 * AlertLatencyBench.Result r = AlertLatencyBench.run(clientConfig, serdes, AlertLatencyBench.Settings.defaults());
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

  /** Latencies in milliseconds over the measured articles; {@code received < sent} means alerts were missing. */
  public record Result(int sent, int received, double p50, double p95, double p99, double max) {
    public String summary() {
      return String.format(Locale.ROOT, "alerts: %d/%d received · enriched→webhook p50 %.1f ms · p95 %.1f ms · p99 %.1f ms"
          + " · max %.1f ms", received, sent, p50, p95, p99, max);
    }
  }

  public static Result run(Map<String, ?> client, AlertingSerdes serdes, Settings settings) throws Exception {
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
    Path state = Files.createTempDirectory("wirewatch-bench-");
    List<AutoCloseable> open = new ArrayList<>();
    try (SubscriptionStore store = new SubscriptionStore(client, serdes.subscription(), Clock.systemUTC())) {
      Subscription sub = store.add(new SubscriptionRequest("bench " + run, List.of(), List.of(), List.of(), List.of(),
          0.0, false, 1_000_000, new SubscriptionRequest.ChannelRequest("webhook",
              "http://127.0.0.1:" + receiver.getAddress().getPort() + "/bench", "bench-secret-" + run + "-0123456789")));
      AlertingApp app = AlertingApp.start(client, AlertingConfig.defaults(), serdes, state, "wirewatch-bench-" + run);
      open.add(app);
      if (!app.awaitRunning(Duration.ofSeconds(120))) {
        throw new IllegalStateException("the alerting app did not reach RUNNING within 120 s (state " + app.state() + ")");
      }
      DeliveryService delivery = DeliveryService.start(client, DeliveryConfig.defaults(ChannelType.WEBHOOK)
          .withGroupId("wirewatch-bench-" + run + "-webhook").withAllowLoopback(true)
          .withRetry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(500))),
          serdes.alert(), serdes.subscription(), DeliveryListener.NONE);
      open.add(delivery);
      List<String> measured = produce(client, serdes, settings, sentAt, run);
      long deadline = System.nanoTime() + settings.drain().toNanos();
      while (!receivedAt.keySet().containsAll(measured) && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(50);
      }
      double[] ms = measured.stream().filter(receivedAt::containsKey)
          .mapToDouble(id -> (receivedAt.get(id) - sentAt.get(id)) / 1e6).sorted().toArray();
      store.remove(sub.getId());
      return new Result(measured.size(), ms.length, pct(ms, 50), pct(ms, 95), pct(ms, 99),
          ms.length == 0 ? Double.NaN : ms[ms.length - 1]);
    } finally {
      for (int i = open.size() - 1; i >= 0; i--) {
        open.get(i).close();
      }
      receiver.stop(0);
    }
  }

  private static List<String> produce(Map<String, ?> client, AlertingSerdes serdes, Settings s,
      Map<String, Long> sentAt, String run) throws Exception {
    Properties p = new Properties();
    client.forEach((k, v) -> {
      if (!k.startsWith("schema.registry")) {
        p.put(k, v);
      }
    });
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    String[] countries = Locale.getISOCountries();
    Arrays.sort(countries);
    Random random = new Random(42);
    List<String> measured = new ArrayList<>();
    long periodNanos = 1_000_000_000L / s.articlesPerSecond();
    int total = (int) ((s.warmup().toMillis() + s.measure().toMillis()) * s.articlesPerSecond() / 1000);
    int warm = (int) (s.warmup().toMillis() * s.articlesPerSecond() / 1000);
    try (KafkaProducer<String, EnrichedArticle> producer =
        new KafkaProducer<>(p, new StringSerializer(), serdes.enriched().serializer())) {
      long start = System.nanoTime();
      for (int i = 0; i < total; i++) {
        long due = start + i * periodNanos;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        // a distinct country pair per article keeps every article in a story of its own
        String a = countries[i % countries.length];
        String b = countries[(i / countries.length + 1 + i) % countries.length];
        EnrichedArticle article = article("bench-" + run + "-" + i, a, b, EventTopics.IDS.get(i % EventTopics.IDS.size()), random);
        sentAt.put(article.getId(), System.nanoTime());
        producer.send(new ProducerRecord<>(TopicNames.ARTICLES_ENRICHED, article.getId(), article));
        if (i >= warm) {
          measured.add(article.getId());
        }
      }
      producer.flush();
    }
    return measured;
  }

  private static EnrichedArticle article(String id, String c1, String c2, String topic, Random random) {
    StringBuilder words = new StringBuilder();
    for (int w = 0; w < 12; w++) {
      for (int k = 0; k < 7; k++) {
        words.append((char) ('a' + random.nextInt(26)));
      }
      words.append(' ');
    }
    String text = words.toString().trim() + ".";
    Instant now = Instant.now();
    return EnrichedArticle.newBuilder()
        .setId(id)
        .setArticle(Article.newBuilder().setId(id).setContentHash(id).setSource("bench").setHeadline(text)
            .setBody(text).setPublished(now).setIngested(now).build())
        .setCountries(List.of(tag(c1), tag(c2)))
        .setEvents(List.of(EventMatch.newBuilder().setTopic(topic).setConfidence(0.9).setRuleId(topic + "/bench")
            .setSentence(text).setSentenceField(TextField.BODY)
            .setTrigger(Evidence.newBuilder().setText("x").setStart(0).setEnd(1).setSource("bench").build()).build()))
        .setEnriched(now)
        .build();
  }

  private static CountryTag tag(String code) {
    return CountryTag.newBuilder().setCode(code).setName(code).setMentions(1).setSalience(1).setPrimary(true).build();
  }

  private static double pct(double[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
