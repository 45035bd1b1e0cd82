package io.wirewatch.web;

import io.wirewatch.roles.WebRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.UserException;
import io.wirewatch.roles.EnrichRole;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.Story;
import io.wirewatch.ingest.ArticleProducer;
import io.wirewatch.ingest.IngestStats;
import io.wirewatch.ingest.RevisionMemory;
import io.wirewatch.ingest.http.ArticleIngestRoutes;
import io.wirewatch.registry.AvroSerdes;
import io.wirewatch.streams.EnrichmentApp;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.topics.TopicNames;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web role as {@code wirewatch web} and {@code dev} run it, on a real broker and schema
 * registry, with the real enrichment: an article posted to POST /api/articles comes out of
 * GET /api/stream enriched, read with the registry's Avro serdes.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class WebRoleIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient http = HttpClient.newHttpClient();
  private static final AtomicReference<Optional<String>> extra = new AtomicReference<>(Optional.empty());

  private static Path stateDir;
  private static EnrichRole enrich;
  private static ArticleProducer producer;
  private static WebRole web;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    kafka.createWirewatchTopics();
    Properties client = kafka.clientProperties();
    stateDir = Files.createTempDirectory("wirewatch-webrole-");
    enrich = EnrichRole.start(EnrichmentApp.Settings.defaults(client, stateDir), EnrichRole.Options.defaults());
    Map<String, Object> serde = new HashMap<>(kafka.clientConfig());
    producer = ArticleProducer.kafka(client, AvroSerdes.specific(Article.class, serde, false).serializer(),
        new RevisionMemory());
    web = WebRole.start(new WebRole.Settings(client, 0),
        List.of(new ArticleIngestRoutes(producer, new IngestStats(), ArticleIngestRoutes.DEFAULT_MAX_BYTES, null)),
        List.of(ReadinessCheck.streams("enrichment", () -> enrich.app().state()), new ReadinessCheck("extra", extra::get)));
    base = "http://localhost:" + web.port();
    enrich.awaitRunning(Duration.ofSeconds(90));
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {web, enrich, producer}) {
      if (c != null) {
        c.close();
      }
    }
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void readyChecksKafkaTheRegistryAndTheChecksOfOtherRoles() throws Exception {
    extra.set(Optional.empty());
    HttpResponse<String> ok = get("/ready");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    JsonNode checks = JSON.readTree(ok.body()).path("checks");
    assertThat(checks.path("kafka").asText()).isEqualTo("ok");
    assertThat(checks.path("schema-registry").asText()).isEqualTo("ok");
    assertThat(checks.path("streams:enrichment").asText()).isEqualTo("ok");

    extra.set(Optional.of("alert deliverer is not assigned any partition"));
    HttpResponse<String> bad = get("/ready");
    assertThat(bad.statusCode()).isEqualTo(503);
    assertThat(JSON.readTree(bad.body()).at("/details/0/reason").asText()).contains("not assigned");
    extra.set(Optional.empty());
  }

  @Test
  void postedArticleComesOutOfTheStreamEnrichedByTheRealRules() throws Exception {
    try (SseReader sse = SseReader.open(http, base + "/api/stream?topic=sanctions-blocked", Map.of()).awaitConnected()) {
      ObjectNode a = JSON.createObjectNode().put("id", "webrole-flagship")
          .put("headline", "China, Russia block U.S. bid for more North Korea sanctions")
          .put("body", "China and Russia on Thursday blocked a U.S. push at the United Nations Security Council "
              + "to impose more sanctions on North Korea over its latest missile launches.")
          .put("source", "UPI");
      HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(a.toString())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
      String id = JSON.readTree(posted.body()).at("/accepted/0/id").asText();

      await().atMost(Duration.ofSeconds(60)).until(() -> sse.frames("article").stream().anyMatch(f -> f.data().contains(id)));
      JsonNode got = JSON.readTree(sse.frames("article").stream().filter(f -> f.data().contains(id)).findFirst()
          .orElseThrow().data());
      assertThat(got.path("events")).extracting(e -> e.path("topic").asText()).contains("sanctions-blocked")
          .doesNotContain("sanctions-imposed");
      assertThat(got.path("countries")).extracting(c -> c.path("code").asText()).contains("KP", "CN", "RU", "US");
      JsonNode event = got.path("events").get(0);
      String sentence = event.path("sentence").asText();
      int base = event.path("sentenceStart").asInt();
      JsonNode trigger = event.path("trigger");
      String field = trigger.path("field").asText().equals("HEADLINE") ? got.path("headline").asText() : got.path("body").asText();
      // the offsets the dashboard highlights with point at the trigger text in its field
      assertThat(field.substring(trigger.path("start").asInt(), trigger.path("end").asInt()))
          .isEqualTo(trigger.path("text").asText());
      if (event.path("sentenceField").asText().equals(trigger.path("field").asText())) {
        assertThat(sentence.substring(trigger.path("start").asInt() - base, trigger.path("end").asInt() - base))
            .isEqualTo(trigger.path("text").asText());
      }
    }
  }

  @Test
  void storiesReadWithTheRegistrySerdesAreServedByTheLiveStoryRoute() throws Exception {
    Properties p = kafka.clientProperties();
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    Map<String, Object> serde = new HashMap<>(kafka.clientConfig());
    try (KafkaProducer<String, Story> producer = new KafkaProducer<>(p, new StringSerializer(),
        AvroSerdes.specific(Story.class, serde, false).serializer())) {
      producer.send(new ProducerRecord<>(TopicNames.STORIES, "webrole-story",
          Fixtures.story("webrole-story", List.of("x1", "x2", "x3"), List.of("AP", "UPI"), Instant.now())))
          .get(10, TimeUnit.SECONDS);
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/live/stories/webrole-story").statusCode() == 200);
    assertThat(JSON.readTree(get("/api/live/stories/webrole-story").body()).path("articleCount").asInt()).isEqualTo(3);
  }

  @Test
  void aTakenPortOrAMissingRegistryIsAUserErrorNamingTheFix() {
    Properties client = kafka.clientProperties();
    assertThatThrownBy(() -> WebRole.start(new WebRole.Settings(client, web.port()), List.of(), List.of()))
        .isInstanceOf(UserException.class).hasMessageContaining("--http-port");
    Properties noRegistry = new Properties();
    noRegistry.put("bootstrap.servers", kafka.bootstrapServers());
    assertThatThrownBy(() -> WebRole.start(new WebRole.Settings(noRegistry, 0), List.of(), List.of()))
        .isInstanceOf(UserException.class).hasMessageContaining("--schema-registry-url");
  }
}
