package io.wirewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.wirewatch.retry.Sleeper;
import io.wirewatch.alert.AlertActivity;
import io.wirewatch.alert.SubscriptionRequest;
import io.wirewatch.alert.SubscriptionStore;
import io.wirewatch.alert.http.SubscriptionRoutes;
import io.wirewatch.alert.testing.RecordingWebhookServer;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.AlertKind;
import io.wirewatch.avro.ChannelType;
import io.wirewatch.avro.Subscription;
import io.wirewatch.registry.AvroSerdes;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.topics.TopicNames;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pause, resume and snooze on a real broker, through the HTTP routes a desk uses: while a
 * subscription is quiet its alerts reach the delivery service and are not delivered (nor delivered
 * later); after a resume, or when a snooze runs out by itself, new alerts are delivered again by the
 * same running service.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SubscriptionPauseIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient http = HttpClient.newHttpClient();
  private static final Map<String, String> skipped = new ConcurrentHashMap<>();

  private static Serde<Alert> alertSerde;
  private static RecordingWebhookServer receiver;
  private static SubscriptionStore store;
  private static AlertActivity activity;
  private static DeliveryService delivery;
  private static Javalin app;
  private static KafkaProducer<String, Alert> producer;

  private Subscription sub;

  @BeforeAll
  static void start() {
    kafka.createWirewatchTopics();
    Map<String, Object> client = kafka.clientConfig();
    alertSerde = AvroSerdes.specific(Alert.class, client, false);
    Serde<Subscription> subSerde = AvroSerdes.specific(Subscription.class, client, false);
    receiver = new RecordingWebhookServer();
    store = new SubscriptionStore(client, subSerde, Clock.systemUTC());
    activity = AlertActivity.start(client, alertSerde.deserializer());
    app = Javalin.create(cfg -> SubscriptionRoutes.register(cfg.routes, store, activity.ledger()));
    app.start(0);
    RetryPolicy retry = new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(400), 2, 0.2, Duration.ofSeconds(5),
        Clock.systemUTC(), Sleeper.SYSTEM, RandomGenerator.getDefault());
    delivery = DeliveryService.start(client, DeliveryConfig.defaults(ChannelType.WEBHOOK).withGroupId("it-pause")
        .withRetry(retry).withAllowLoopback(true).withLinks(AlertLinks.to("http://dashboard.example/")),
        alertSerde, subSerde, new DeliveryListener() {
          @Override
          public void skipped(Alert alert, String reason) {
            skipped.put(alert.getId(), reason);
          }
        });
    Properties p = new Properties();
    p.putAll(client);
    producer = new KafkaProducer<>(p, new StringSerializer(), alertSerde.serializer());
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {producer, delivery, activity, store, receiver}) {
      if (c != null) {
        c.close();
      }
    }
    if (app != null) {
      app.stop();
    }
  }

  @BeforeEach
  void subscribe() {
    sub = store.add(new SubscriptionRequest("Korea desk", List.of(), List.of(), List.of(), List.of(), null, null, 1000,
        new SubscriptionRequest.ChannelRequest("webhook", receiver.url("/hook/" + System.nanoTime()),
            "it-secret-0123456789abcdef")));
  }

  private String alert(String name) throws Exception {
    String id = sub.getId() + "-" + name;
    producer.send(new ProducerRecord<>(TopicNames.ALERTS, sub.getId(), Alert.newBuilder().setId(id)
        .setSubscriptionId(sub.getId()).setStoryId("story-" + id).setArticleId("article-" + id).setKind(AlertKind.NEW)
        .setHeadline("Headline " + name).setSource("AP").setAlerted(Instant.now()).build())).get();
    return id;
  }

  private List<String> delivered() {
    return receiver.accepted().stream().map(r -> r.header("Idempotency-Key"))
        .filter(k -> k.startsWith(sub.getId() + "-")).collect(Collectors.toList());
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode get() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + app.port() + "/api/subscriptions/" + sub.getId())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void aPausedSubscriptionGetsNoDeliveryAndDeliveryResumesAfterwardsWithoutTheHeldAlerts() throws Exception {
    String before = alert("before");
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> delivered().contains(before));
    assertThat(receiver.accepted().stream().filter(r -> r.header("Idempotency-Key").equals(before)).findFirst()
        .orElseThrow().bodyText())
        .contains("\"evidenceUrl\":\"http://dashboard.example/#/articles/article-" + before + "\"");

    HttpResponse<String> paused = post("/api/subscriptions/" + sub.getId() + "/pause", "");
    assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
    assertThat(JSON.readTree(paused.body()).path("state").asText()).isEqualTo("paused");

    String during1 = alert("during-1");
    String during2 = alert("during-2");
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> skipped.keySet().containsAll(List.of(during1, during2)));
    assertThat(skipped.get(during1)).contains(sub.getId() + " is paused since");
    assertThat(delivered()).containsExactly(before);
    // the desk sees what it missed
    Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> get().at("/delivery/notDelivered").asInt() == 2);
    assertThat(get().at("/delivery/state").asText()).isEqualTo("paused");
    assertThat(get().at("/lastAlert/id").asText()).isEqualTo(during2);

    HttpResponse<String> resumed = post("/api/subscriptions/" + sub.getId() + "/resume", "");
    assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
    assertThat(JSON.readTree(resumed.body()).path("state").asText()).isEqualTo("active");
    String after = alert("after");
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> delivered().contains(after));
    assertThat(delivered()).containsExactly(before, after);
    assertThat(get().at("/delivery/state").asText()).isEqualTo("ok");
  }

  @Test
  void aSnoozeRunsOutByItselfAndTheRunningServiceDeliversAgain() throws Exception {
    HttpResponse<String> snoozed = post("/api/subscriptions/" + sub.getId() + "/snooze", "{\"until\": \"3s\"}");
    assertThat(snoozed.statusCode()).as(snoozed.body()).isEqualTo(200);
    JsonNode view = JSON.readTree(snoozed.body());
    assertThat(view.path("state").asText()).isEqualTo("snoozed");
    Instant until = Instant.parse(view.path("snoozedUntil").asText());
    assertThat(until).isBetween(Instant.now().plusSeconds(1), Instant.now().plusSeconds(4));
    assertThat(view.at("/delivery/label").asText()).isEqualTo("snoozed until " + until);

    String during = alert("snoozed");
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> skipped.containsKey(during));
    assertThat(skipped.get(during)).contains("snoozed until " + until);

    // no write, no restart: the snooze ends when its instant passes
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(until));
    assertThat(get().path("state").asText()).isEqualTo("active");
    String after = alert("after-snooze");
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> delivered().contains(after));
    assertThat(delivered()).containsExactly(after);
  }

  @Test
  void badRequestsGetA4xxNamingTheValueTheRuleAndTheFix() throws Exception {
    HttpResponse<String> unknown = post("/api/subscriptions/sub-nope/pause", "");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(unknown.body()).path("error").asText())
        .isEqualTo("no subscription with id \"sub-nope\": list the ids with GET /api/subscriptions or"
            + " `wirewatch subscriptions list`");
    assertThat(post("/api/subscriptions/sub-nope/snooze", "{\"until\": \"2h\"}").statusCode()).isEqualTo(404);

    HttpResponse<String> words = post("/api/subscriptions/" + sub.getId() + "/snooze", "{\"until\": \"tomorrow\"}");
    assertThat(words.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(words.body()).path("error").asText())
        .startsWith("snooze until \"tomorrow\" is neither an instant nor a duration: give an ISO-8601 instant")
        .contains("2h");

    HttpResponse<String> past = post("/api/subscriptions/" + sub.getId() + "/snooze?until=2020-01-01T00:00:00Z", "");
    assertThat(past.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(past.body()).path("error").asText())
        .startsWith("snooze until 2020-01-01T00:00:00Z is not in the future").contains("a duration from now such as 2h");

    HttpResponse<String> wrongField = post("/api/subscriptions/" + sub.getId() + "/snooze", "{\"for\": \"2h\"}");
    assertThat(wrongField.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(wrongField.body()).path("error").asText()).contains("\"for\"").contains("{\"until\": \"2h\"}");

    HttpResponse<String> none = post("/api/subscriptions/" + sub.getId() + "/snooze", "");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(none.body()).path("error").asText()).startsWith("a snooze needs an end");
    // nothing was changed by the refused requests
    assertThat(store.get(sub.getId()).orElseThrow().getQuietFrom()).isNull();
  }
}
