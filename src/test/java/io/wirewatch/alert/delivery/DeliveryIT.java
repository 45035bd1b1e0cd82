package io.wirewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.alert.SubscriptionRequest;
import io.wirewatch.alert.SubscriptionStore;
import io.wirewatch.alert.testing.RecordingWebhookServer;
import io.wirewatch.alert.testing.RecordingWebhookServer.Received;
import io.wirewatch.alert.testing.RecordingWebhookServer.Reply;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.AlertKind;
import io.wirewatch.avro.ChannelType;
import io.wirewatch.avro.Subscription;
import io.wirewatch.registry.AvroSerdes;
import io.wirewatch.retry.Sleeper;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.topics.DeadLetterHeaders;
import io.wirewatch.topics.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 4, unit = TimeUnit.MINUTES)
class DeliveryIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
  private static final String SECRET = "it-secret-0123456789abcdef";
  private static final AtomicInteger RUN = new AtomicInteger();
  private final Serde<Alert> alertSerde = AvroSerdes.specific(Alert.class, kafka.clientConfig(), false);
  private final Serde<Subscription> subSerde = AvroSerdes.specific(Subscription.class, kafka.clientConfig(), false);
  private final RecordingWebhookServer server = new RecordingWebhookServer();
  private final List<AutoCloseable> open = new ArrayList<>();
  private final List<String> subscriptionIds = new ArrayList<>();
  private SubscriptionStore store;

  @BeforeAll
  static void topics() {
    kafka.createWirewatchTopics();
  }

  @AfterEach
  void cleanUp() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    // later tests read news.alerts from the start: alerts of removed subscriptions are skipped
    subscriptionIds.forEach(store::remove);
    store.close();
    server.close();
  }

  private Map<String, Object> client() {
    return kafka.clientConfig();
  }

  private Subscription subscribe(String url) {
    if (store == null) {
      store = new SubscriptionStore(client(), subSerde, Clock.systemUTC());
    }
    Subscription s = store.add(new SubscriptionRequest("IT desk", List.of(), List.of(), List.of(), List.of(), null, null,
        1000, new SubscriptionRequest.ChannelRequest("webhook", url, SECRET)));
    subscriptionIds.add(s.getId());
    return s;
  }

  private List<String> produceAlerts(Subscription s, int n) throws Exception {
    int run = RUN.incrementAndGet();
    List<String> ids = new ArrayList<>();
    Properties p = new Properties();
    p.putAll(client());
    try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(p, new StringSerializer(), alertSerde.serializer())) {
      for (int i = 0; i < n; i++) {
        Alert a = Alert.newBuilder().setId("alert-" + run + "-" + i).setSubscriptionId(s.getId()).setStoryId("story-" + i)
            .setArticleId("article-" + i).setKind(AlertKind.NEW).setHeadline("Headline " + i).setSource("AP")
            .setAlerted(Instant.now()).build();
        producer.send(new ProducerRecord<>(TopicNames.ALERTS, s.getId(), a)).get();
        ids.add(a.getId());
      }
    }
    return ids;
  }

  private DeliveryConfig config(String group, Duration giveUp, boolean allowLoopback) {
    RetryPolicy retry = new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(400), 2, 0.2, giveUp,
        Clock.systemUTC(), Sleeper.SYSTEM, RandomGenerator.getDefault());
    return DeliveryConfig.defaults(ChannelType.WEBHOOK).withGroupId(group).withRetry(retry)
        .withAllowLoopback(allowLoopback).withHttpTimeout(Duration.ofSeconds(2));
  }

  private DeliveryService start(DeliveryConfig c, DeliveryListener l) {
    DeliveryService s = DeliveryService.start(client(), c, alertSerde, subSerde, l);
    open.add(s);
    return s;
  }

  private static Set<String> keys(List<Received> rs) {
    return rs.stream().map(r -> r.header("Idempotency-Key")).collect(Collectors.toSet());
  }

  private static void assertSignedAndConsistent(List<Received> rs) {
    assertThat(rs).allSatisfy(r -> {
      assertThat(WebhookSigner.verify(SECRET, Long.parseLong(r.header("X-Wirewatch-Timestamp")), r.body(),
          r.header("X-Wirewatch-Signature"))).as("signature of " + r.header("Idempotency-Key")).isTrue();
      assertThat(r.bodyText()).contains("\"id\":\"" + r.header("Idempotency-Key") + "\"");
    });
  }

  @Test
  void aReceiverThatIsDownForAWhileGetsEveryAlertOnceItIsBack() throws Exception {
    Subscription s = subscribe(server.url("/hook"));
    AtomicBoolean down = new AtomicBoolean(true);
    server.respondWith(r -> down.get() ? Reply.status(503) : Reply.status(200));
    List<String> ids = produceAlerts(s, 20);
    start(config("it-down-then-back", Duration.ofMinutes(2), true), DeliveryListener.NONE);
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> server.refused().size() >= 5);
    assertThat(server.accepted()).isEmpty();
    down.set(false);
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> keys(server.accepted()).containsAll(ids));
    assertThat(keys(server.accepted())).containsExactlyInAnyOrderElementsOf(ids);
    assertSignedAndConsistent(server.accepted());
    // in order within the subscription's partition
    List<String> order = server.accepted().stream().map(r -> r.header("Idempotency-Key")).distinct().toList();
    assertThat(order).containsExactlyElementsOf(ids);
  }

  @Test
  void aConsumerKilledMidBatchLosesNothingWhenAnotherTakesOver() throws Exception {
    Subscription s = subscribe(server.url("/hook"));
    List<String> ids = produceAlerts(s, 20);
    AtomicInteger delivered = new AtomicInteger();
    DeliveryService first = start(config("it-crash", Duration.ofMinutes(1), true), new DeliveryListener() {
      @Override
      public void delivered(Alert alert, Deliverer.Report report) {
        if (delivered.incrementAndGet() == 7) {
          throw new IllegalStateException("simulated crash after delivering " + alert.getId() + " and before committing it");
        }
      }
    });
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !first.isRunning());
    assertThat(first.failure()).hasMessageContaining("simulated crash");
    assertThat(server.accepted()).hasSize(7);
    start(config("it-crash", Duration.ofMinutes(1), true), DeliveryListener.NONE);
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> keys(server.accepted()).containsAll(ids));
    List<Received> got = server.accepted();
    assertThat(keys(got)).containsExactlyInAnyOrderElementsOf(ids);
    Map<String, Long> perKey = got.stream().collect(Collectors.groupingBy(r -> r.header("Idempotency-Key"), Collectors.counting()));
    // the alert in flight at the crash arrives again, with the same idempotency key; repeats are limited
    // to alerts delivered but not yet committed when the first consumer died (all before the crash)
    assertThat(perKey).containsEntry(ids.get(6), 2L);
    List<String> repeated = perKey.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    assertThat(repeated).allSatisfy(id -> assertThat(ids.indexOf(id)).isLessThanOrEqualTo(6));
    assertThat(perKey.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2L));
    assertSignedAndConsistent(got);
  }

  /** Alerts written to every partition of news.alerts, so that two consumers of a group both get work. */
  private List<String> produceAlertsOnEveryPartition(Subscription s, int perPartition) throws Exception {
    int run = RUN.incrementAndGet();
    List<String> ids = new ArrayList<>();
    Properties p = new Properties();
    p.putAll(client());
    int partitions;
    try (var admin = kafka.admin()) {
      partitions = admin.describeTopics(List.of(TopicNames.ALERTS)).allTopicNames().get()
          .get(TopicNames.ALERTS).partitions().size();
    }
    try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(p, new StringSerializer(), alertSerde.serializer())) {
      for (int i = 0; i < perPartition; i++) {
        for (int part = 0; part < partitions; part++) {
          Alert a = Alert.newBuilder().setId("alert-" + run + "-" + part + "-" + i).setSubscriptionId(s.getId())
              .setStoryId("story-" + part + "-" + i).setArticleId("article-" + part + "-" + i).setKind(AlertKind.NEW)
              .setHeadline("Headline " + i).setSource("AP").setAlerted(Instant.now()).build();
          producer.send(new ProducerRecord<>(TopicNames.ALERTS, part, s.getId(), a)).get();
          ids.add(a.getId());
        }
      }
    }
    return ids;
  }

  @Test
  void twoInstancesShareTheAlertsAndWhenOneIsKilledTheOtherDeliversTheRest() throws Exception {
    Subscription s = subscribe(server.url("/hook"));
    server.respondWith(r -> {
      try {
        Thread.sleep(25); // a receiver that takes a moment, so both instances have a backlog
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Reply.status(200);
    });
    AtomicBoolean killNow = new AtomicBoolean();
    AtomicInteger byFirst = new AtomicInteger();
    AtomicInteger bySecond = new AtomicInteger();
    String group = "it-two-instances";
    DeliveryService first = start(config(group, Duration.ofMinutes(1), true), new DeliveryListener() {
      @Override
      public void delivered(Alert alert, Deliverer.Report report) {
        byFirst.incrementAndGet();
        if (killNow.get()) {
          throw new IllegalStateException("instance killed after delivering " + alert.getId() + ", before committing it");
        }
      }
    });
    start(config(group, Duration.ofMinutes(1), true), new DeliveryListener() {
      @Override
      public void delivered(Alert alert, Deliverer.Report report) {
        bySecond.incrementAndGet();
      }
    });
    // the group has settled: two members, each with partitions of news.alerts
    try (var admin = kafka.admin()) {
      Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
        var members = admin.describeConsumerGroups(List.of(group)).all().get().get(group).members();
        return members.size() == 2 && members.stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty());
      });
    }
    List<String> ids = produceAlertsOnEveryPartition(s, 10);
    // both instances deliver: the group shares the partitions
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> byFirst.get() >= 3 && bySecond.get() >= 3);
    int firstBefore = byFirst.get();
    killNow.set(true);
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !first.isRunning());
    assertThat(first.failure()).hasMessageContaining("instance killed");
    assertThat(byFirst.get()).isGreaterThan(firstBefore);

    Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> keys(server.accepted()).containsAll(ids));
    List<Received> got = server.accepted();
    assertThat(keys(got)).containsExactlyInAnyOrderElementsOf(ids);
    Map<String, Long> perKey = got.stream().collect(Collectors.groupingBy(r -> r.header("Idempotency-Key"), Collectors.counting()));
    // a repeat is an alert delivered but not committed when an instance stopped: same idempotency key
    assertThat(perKey.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2L));
    assertThat(bySecond.get()).isGreaterThan(0);
    assertSignedAndConsistent(got);
  }

  @Test
  void aPermanentlyFailingReceiverSendsAlertsToTheDeadLetterTopicAfterTheGiveUpTime() throws Exception {
    Subscription s = subscribe(server.url("/broken"));
    server.respondWith(r -> new Reply(500, Map.of("X-Receiver-Trace", "trace-77"), "database on fire"));
    List<String> ids = produceAlerts(s, 3);
    long t0 = System.nanoTime();
    start(config("it-dlq", Duration.ofSeconds(2), true), DeliveryListener.NONE);
    List<ConsumerRecord<String, byte[]>> dlq = readDlq(ids, Duration.ofSeconds(60));
    long tookMs = (System.nanoTime() - t0) / 1_000_000;
    assertThat(tookMs).isGreaterThanOrEqualTo(3 * 2000 - 1500); // each alert was tried for ~2 s
    assertThat(dlq).allSatisfy(r -> {
      assertThat(header(r, DeadLetterHeaders.ERROR_MESSAGE)).startsWith("gave up after").contains("HTTP 500");
      assertThat(header(r, DeadLetterHeaders.DELIVERY_STATUS)).isEqualTo("500");
      assertThat(Integer.parseInt(header(r, DeadLetterHeaders.DELIVERY_ATTEMPTS))).isGreaterThan(2);
      assertThat(header(r, DeadLetterHeaders.DELIVERY_RESPONSE_HEADERS)).contains("trace-77");
      assertThat(header(r, DeadLetterHeaders.DELIVERY_RESPONSE_BODY)).isEqualTo("database on fire");
    });
    assertThat(server.refused().size()).isGreaterThan(6);
  }

  @Test
  void aWebhookToAPrivateAddressIsRefusedAndDeadLettered() throws Exception {
    Subscription s = subscribe(server.url("/internal"));
    List<String> ids = produceAlerts(s, 1);
    start(config("it-private", Duration.ofSeconds(30), false), DeliveryListener.NONE);
    List<ConsumerRecord<String, byte[]>> dlq = readDlq(ids, Duration.ofSeconds(60));
    assertThat(header(dlq.get(0), DeadLetterHeaders.ERROR_MESSAGE)).contains("loopback address 127.0.0.1");
    assertThat(server.accepted()).isEmpty();
    assertThat(server.refused()).isEmpty();
  }

  private List<ConsumerRecord<String, byte[]>> readDlq(List<String> ids, Duration timeout) {
    Properties p = new Properties();
    p.putAll(client());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + RUN.incrementAndGet());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    Map<String, ConsumerRecord<String, byte[]>> found = new HashMap<>();
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(TopicNames.ALERTS_DLQ));
      Awaitility.await().atMost(timeout).until(() -> {
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
          Alert a = alertSerde.deserializer().deserialize(r.topic(), r.value());
          if (ids.contains(a.getId())) {
            found.put(a.getId(), r);
          }
        }
        return found.keySet().containsAll(ids);
      });
    }
    return ids.stream().map(found::get).toList();
  }

  private static String header(ConsumerRecord<String, byte[]> r, String name) {
    var h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
