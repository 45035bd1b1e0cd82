package io.wirewatch.streams.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.wirewatch.alert.SubscriptionStore;
import io.wirewatch.bench.AlertLatencyBench;
import io.wirewatch.alert.delivery.DeliveryConfig;
import io.wirewatch.alert.delivery.DeliveryListener;
import io.wirewatch.alert.delivery.DeliveryService;
import io.wirewatch.alert.delivery.RetryPolicy;
import io.wirewatch.alert.delivery.WebhookSigner;
import io.wirewatch.alert.http.SubscriptionRoutes;
import io.wirewatch.alert.testing.Fixtures;
import io.wirewatch.alert.testing.RecordingWebhookServer;
import io.wirewatch.roles.EnrichRole;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.ChannelType;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.registry.AvroSerdes;
import io.wirewatch.streams.EnrichmentApp;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.topics.TopicNames;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 5, unit = TimeUnit.MINUTES)
class AlertingEndToEndIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
  private static final String SECRET = "e2e-secret-0123456789abcdef";
  private final AlertingSerdes serdes = AlertingSerdes.registry(kafka.clientConfig());
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void topics() {
    kafka.createWirewatchTopics();
  }

  private HttpResponse<String> call(String method, String url, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSubscriptionMadeOverHttpGetsOneSignedNewAlertAndOneUpdate() throws Exception {
    try (RecordingWebhookServer receiver = new RecordingWebhookServer();
        SubscriptionStore store = new SubscriptionStore(kafka.clientConfig(), serdes.subscription(), Clock.systemUTC())) {
      Javalin web = Javalin.create();
      SubscriptionRoutes.register(web, store);
      web.start("127.0.0.1", 0);
      try {
        String api = "http://127.0.0.1:" + web.port() + "/api/subscriptions";
        HttpResponse<String> bad = call("POST", api, "{\"name\":\"x\",\"topics\":[\"sanction\"],\"countries\":[\"ZZ\"],"
            + "\"channel\":{\"type\":\"webhook\",\"url\":\"file:///etc/passwd\"}}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(json.readTree(bad.body()).get("details")).hasSize(4);

        HttpResponse<String> created = call("POST", api, "{\"name\":\"Korea desk\",\"topics\":[\"sanctions-blocked\"],"
            + "\"countries\":[\"KP\"],\"minConfidence\":0.6,\"channel\":{\"type\":\"webhook\",\"url\":\""
            + receiver.url("/korea") + "\",\"secret\":\"" + SECRET + "\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asText();
        HttpResponse<String> listed = call("GET", api, null);
        assertThat(listed.body()).contains(id).contains("\"secret\":\"***\"").doesNotContain(SECRET);

        try (AlertingApp app = AlertingApp.start(kafka.clientConfig(), AlertingConfig.defaults(), serdes,
                Files.createTempDirectory("e2e-state"), "e2e-alerting");
            DeliveryService delivery = DeliveryService.start(kafka.clientConfig(),
                DeliveryConfig.defaults(ChannelType.WEBHOOK).withGroupId("e2e-webhook").withAllowLoopback(true)
                    .withRetry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(500))),
                serdes.alert(), serdes.subscription(), DeliveryListener.NONE)) {
          assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
          Instant t = Instant.now();
          send(Fixtures.flagship("upi-e2e", "UPI", "China, Russia block U.S. bid for more North Korea sanctions",
              "China and Russia blocked a U.S. bid at the UN to sanction North Korea.", t));
          send(Fixtures.flagship("ap-e2e", "AP", "Beijing, Moscow halt US push on Pyongyang",
              "Beijing and Moscow put a hold on new UN sanctions on North Korea.", t.plusSeconds(1)));
          send(Fixtures.flagship("reuters-e2e", "Reuters", "China and Russia stop new UN sanctions on North Korea",
              "China and Russia stopped new UN sanctions against North Korea.", t.plusSeconds(2)));
          Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> receiver.accepted().size() >= 1);
          send(Fixtures.flagship("yonhap-e2e", "Yonhap", "Seoul regrets hold on N. Korea sanctions",
              "South Korea regretted the hold on UN sanctions against North Korea.", t.plusSeconds(3)));
          Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> receiver.accepted().size() >= 2);
          // nothing else is coming: give the pipeline time to show a third alert if it wrongly made one
          Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
              .until(() -> receiver.accepted().size() == 2);
          List<RecordingWebhookServer.Received> got = receiver.accepted();
          JsonNode first = json.readTree(got.get(0).body());
          JsonNode second = json.readTree(got.get(1).body());
          assertThat(first.get("kind").asText()).isEqualTo("NEW");
          // the three copies sit on different partitions of news.articles.enriched: any of them may be first
          assertThat(first.at("/article/id").asText()).isIn("upi-e2e", "ap-e2e", "reuters-e2e");
          assertThat(second.at("/article/id").asText()).isEqualTo("yonhap-e2e");
          assertThat(first.at("/subscription/id").asText()).isEqualTo(id);
          assertThat(second.get("kind").asText()).isEqualTo("UPDATE");
          assertThat(second.get("storyId").asText()).isEqualTo(first.get("storyId").asText());
          assertThat(got).allSatisfy(r -> assertThat(WebhookSigner.verify(SECRET,
              Long.parseLong(r.header("X-Wirewatch-Timestamp")), r.body(), r.header("X-Wirewatch-Signature"))).isTrue());
        }
        assertThat(call("DELETE", api + "/" + id, null).statusCode()).isEqualTo(204);
        assertThat(call("DELETE", api + "/" + id, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", api, null).body()).doesNotContain(id);
      } finally {
        web.stop();
      }
    }
  }

  @Test
  void theLatencyBenchDeliversEveryAlertAndReportsPercentiles() throws Exception {
    Properties client = new Properties();
    client.putAll(kafka.clientConfig());
    AlertLatencyBench.Result r;
    try (EnrichRole enrich = EnrichRole.start(EnrichmentApp.Settings.defaults(client, Files.createTempDirectory("e2e-enrich"))
        .withApplicationId("e2e-bench-enrich"), EnrichRole.Options.defaults())) {
      enrich.awaitRunning(Duration.ofSeconds(60));
      r = AlertLatencyBench.run(kafka.clientConfig(), serdes,
          AvroSerdes.specific(Article.class, kafka.clientConfig(), false),
          new AlertLatencyBench.Settings(100, Duration.ofSeconds(8), Duration.ofSeconds(4), Duration.ofSeconds(30)));
    }
    System.out.println(r.summary());
    assertThat(r.sent()).isEqualTo(400);
    assertThat(r.received()).isEqualTo(r.sent());
    // every article was seen at each hop: enriched, alerted, delivered
    for (AlertLatencyBench.Span hop : List.of(r.enrich(), r.alerting(), r.delivery())) {
      assertThat(hop.samples()).isEqualTo(r.sent());
      assertThat(hop.p50()).isPositive().isLessThanOrEqualTo(hop.p99());
    }
    assertThat(r.total().p50()).isPositive().isLessThanOrEqualTo(r.total().p95());
    assertThat(r.total().p95()).isLessThanOrEqualTo(r.total().p99());
    assertThat(r.total().p99()).isLessThanOrEqualTo(r.total().max());
  }

  private void send(EnrichedArticle a) throws Exception {
    Properties p = new Properties();
    p.putAll(kafka.clientConfig());
    try (KafkaProducer<String, EnrichedArticle> producer =
        new KafkaProducer<>(p, new StringSerializer(), serdes.enriched().serializer())) {
      producer.send(new ProducerRecord<>(TopicNames.ARTICLES_ENRICHED, a.getId(), a)).get();
    }
  }
}
