package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.roles.EnrichRole;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.registry.AvroSerdes;
import io.wirewatch.testkit.ChildProcess;
import io.wirewatch.testkit.Fixtures;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.topics.DeadLetterHeaders;
import io.wirewatch.topics.TopicNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The enrichment application on a real broker with exactly-once: thousands of articles with
 * poison pills mixed in; every valid article enriched exactly once, every poison pill dead-lettered
 * with its reason — also when the application is killed mid-stream and started again.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class EnrichmentPipelineIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  private static final int ARTICLES = 10_000;
  private static final int POISON_EVERY = 200;

  private Map<String, Object> serdeConfig;

  @BeforeEach
  void topics() {
    kafka.createWirewatchTopics();
    serdeConfig = new HashMap<>(kafka.clientConfig());
  }

  private static final String[] HEADLINES = {
    "China, Russia block U.S. bid for more North Korea sanctions",
    "North Korea fires ballistic missile into sea, Seoul says",
    "France expels two Russian diplomats over espionage",
    "Leaders of Japan and South Korea meet in Tokyo",
    "Rain expected across the region this weekend",
  };

  /** Produces {@code n} articles with a unique run prefix; returns the ids of the valid ones. */
  private Set<String> produce(String run, int n) throws Exception {
    Serde<Article> serde = AvroSerdes.specific(Article.class, serdeConfig, false);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    Set<String> valid = new HashSet<>();
    List<java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> sent = new java.util.ArrayList<>();
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      // The topic may be seconds old. One tombstone per partition, each acknowledged, settles the
      // leaders first: a bulk send that meets a leader change can have batches retried out of
      // order and failed, and the test would then wait minutes for articles that were never written.
      // (The enrichment skips tombstones.)
      for (org.apache.kafka.common.PartitionInfo pi : producer.partitionsFor(TopicNames.ARTICLES_RAW)) {
        producer.send(new ProducerRecord<>(TopicNames.ARTICLES_RAW, pi.partition(), null, (byte[]) null))
            .get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
      for (int i = 0; i < n; i++) {
        String id = run + "-" + i;
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        byte[] value;
        if (i % POISON_EVERY == POISON_EVERY - 1) {
          value = ("not avro " + i).getBytes(StandardCharsets.UTF_8); // wrong magic byte
        } else {
          Article a = Fixtures.article(id, HEADLINES[i % HEADLINES.length],
              "The statement was issued on Monday. Officials said talks would continue.");
          value = serde.serializer().serialize(TopicNames.ARTICLES_RAW, a);
          valid.add(id);
        }
        sent.add(producer.send(new ProducerRecord<>(TopicNames.ARTICLES_RAW, key, value)));
      }
      producer.flush();
      for (var f : sent) {
        f.get(); // a failed send fails the test here, with its cause
      }
    }
    return valid;
  }

  /** Every enriched id of this run seen by a read_committed consumer, with how often it was seen. */
  private Map<String, Integer> enrichedIds(String run, int expected, Duration timeout) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "check-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Serde<EnrichedArticle> serde = AvroSerdes.specific(EnrichedArticle.class, serdeConfig, false);
    Map<String, Integer> seen = new HashMap<>();
    try (KafkaConsumer<String, EnrichedArticle> c =
        new KafkaConsumer<>(p, new StringDeserializer(), serde.deserializer())) {
      c.subscribe(List.of(TopicNames.ARTICLES_ENRICHED));
      long deadline = System.nanoTime() + timeout.toNanos();
      long quietUntil = Long.MAX_VALUE;
      while (System.nanoTime() < Math.min(deadline, quietUntil)) {
        for (ConsumerRecord<String, EnrichedArticle> r : c.poll(Duration.ofMillis(300))) {
          if (r.key().startsWith(run + "-")) {
            seen.merge(r.key(), 1, Integer::sum);
          }
        }
        if (seen.size() >= expected && quietUntil == Long.MAX_VALUE) {
          quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos(); // would a duplicate follow?
        }
      }
    }
    return seen;
  }

  private List<ConsumerRecord<byte[], byte[]>> deadLetters(String run, int expected) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<byte[], byte[]>> out = new java.util.ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(TopicNames.DLQ));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (out.size() < expected && System.nanoTime() < deadline) {
        for (var r : c.poll(Duration.ofMillis(300))) {
          if (new String(r.key(), StandardCharsets.UTF_8).startsWith(run + "-")) {
            out.add(r);
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyValidArticleIsEnrichedExactlyOnceAndEveryPoisonPillIsDeadLettered() throws Exception {
    String run = "once";
    Set<String> valid = produce(run, ARTICLES);
    Properties client = kafka.clientProperties();
    Path state = Files.createTempDirectory("enrich-state");
    try (EnrichRole role = EnrichRole.start(
        EnrichmentApp.Settings.defaults(client, state).withApplicationId("enrich-it-once"),
        EnrichRole.Options.defaults())) {
      Map<String, Integer> seen = enrichedIds(run, valid.size(), Duration.ofMinutes(4));
      assertThat(seen.keySet()).isEqualTo(valid);
      assertThat(seen.values()).allMatch(count -> count == 1);
    }
    List<ConsumerRecord<byte[], byte[]>> dead = deadLetters(run, ARTICLES / POISON_EVERY);
    assertThat(dead).hasSize(ARTICLES / POISON_EVERY);
    assertThat(dead).allSatisfy(r -> {
      assertThat(DeadLetterHeaders.header(r.headers(), DeadLetterHeaders.ERROR_STAGE)).isEqualTo("deserialize");
      assertThat(DeadLetterHeaders.header(r.headers(), DeadLetterHeaders.ERROR_MESSAGE)).isNotBlank();
      assertThat(DeadLetterHeaders.header(r.headers(), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(TopicNames.ARTICLES_RAW);
      assertThat(new String(r.value(), StandardCharsets.UTF_8)).startsWith("not avro ");
    });
  }

  @Test
  void theFlagshipIsTaggedSanctionsBlockedEndToEnd() throws Exception {
    String run = "flag";
    Serde<Article> serde = AvroSerdes.specific(Article.class, serdeConfig, false);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (KafkaProducer<String, Article> producer = new KafkaProducer<>(p, new StringSerializer(), serde.serializer())) {
      producer.send(new ProducerRecord<>(TopicNames.ARTICLES_RAW, run + "-1", Fixtures.article(run + "-1",
          "China, Russia block U.S. bid for more North Korea sanctions",
          "China and Russia on Friday blocked a U.S. bid at the UN Security Council to impose more sanctions on "
              + "North Korea over its missile launches."))).get();
    }
    Path state = Files.createTempDirectory("enrich-state");
    try (EnrichRole role = EnrichRole.start(
        EnrichmentApp.Settings.defaults(kafka.clientProperties(), state).withApplicationId("enrich-it-flag"),
        EnrichRole.Options.defaults())) {
      Serde<EnrichedArticle> es = AvroSerdes.specific(EnrichedArticle.class, serdeConfig, false);
      Properties c = new Properties();
      c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
      c.put(ConsumerConfig.GROUP_ID_CONFIG, "flag-check");
      c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      try (KafkaConsumer<String, EnrichedArticle> consumer = new KafkaConsumer<>(c, new StringDeserializer(), es.deserializer())) {
        consumer.subscribe(List.of(TopicNames.forEventTopic("sanctions-blocked")));
        List<EnrichedArticle> got = new java.util.ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> {
          consumer.poll(Duration.ofMillis(200)).forEach(r -> {
            if (r.key().equals(run + "-1")) {
              got.add(r.value());
            }
          });
          return !got.isEmpty();
        });
        EnrichedArticle e = got.get(0);
        assertThat(e.getEvents()).extracting(EventMatch::getTopic).contains("sanctions-blocked")
            .doesNotContain("sanctions-imposed");
        EventMatch blocked = e.getEvents().stream().filter(m -> m.getTopic().equals("sanctions-blocked")).findFirst().orElseThrow();
        assertThat(blocked.getActors()).contains("CN", "RU");
        assertThat(blocked.getTargets()).contains("KP");
        assertThat(blocked.getSentence()).isNotBlank();
      }
    }
  }

  @Test
  void killedMidStreamAndRestartedEveryArticleIsStillEnrichedExactlyOnce() throws Exception {
    String run = "kill";
    Set<String> valid = produce(run, ARTICLES);
    Path state1 = Files.createTempDirectory("enrich-kill-1");
    Path state2 = Files.createTempDirectory("enrich-kill-2");
    String[] common = {"enrich", "--bootstrap-servers", kafka.bootstrapServers(),
        "--schema-registry-url", kafka.schemaRegistryUrl(), "--application-id", "enrich-it-kill"};
    try (ChildProcess first = ChildProcess.startWirewatch(concat(common, "--state-dir", state1.toString()))) {
      first.awaitOutput("Enrichment running", Duration.ofMinutes(2));
      // Let it get part of the way, then crash it: no clean shutdown, an open transaction.
      Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
          .until(() -> enrichedIds(run, 1, Duration.ofSeconds(2)).size() > 1_000);
      first.kill();
    }
    try (ChildProcess second = ChildProcess.startWirewatch(concat(common, "--state-dir", state2.toString()))) {
      second.awaitOutput("Enrichment running", Duration.ofMinutes(2));
      Map<String, Integer> seen = enrichedIds(run, valid.size(), Duration.ofMinutes(4));
      assertThat(seen.keySet()).isEqualTo(valid);
      assertThat(seen.entrySet()).allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo(1));
      assertThat(deadLetters(run, ARTICLES / POISON_EVERY)).hasSize(ARTICLES / POISON_EVERY);
      second.terminate(Duration.ofSeconds(60));
    }
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
