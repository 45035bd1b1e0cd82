package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Metrics;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.testkit.PlainAvroSerde;
import io.wirewatch.topics.TopicNames;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The web API on a real broker: health, readiness, metrics, errors, and the SSE live feed. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class WebApiIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final AtomicReference<Optional<String>> toggled = new AtomicReference<>(Optional.empty());

  private static LiveFeed feed;
  private static KafkaFeedSource source;
  private static WebServer server;
  private static Admin admin;
  private static String base;

  @BeforeAll
  static void start() {
    kafka.createWirewatchTopics();
    admin = kafka.admin();
    feed = new LiveFeed();
    source = feed.startKafka(kafka.clientProperties(), new LiveFeed.Deserializers(
        new PlainAvroSerde<>(EnrichedArticle.class).deserializer(), new PlainAvroSerde<>(Alert.class).deserializer(),
        null, null));
    server = WebServer.start(0, List.of(
        new HealthRoutes(List.of(
            ReadinessCheck.kafka(admin, kafka.bootstrapServers()),
            new ReadinessCheck("toggled", toggled::get))),
        new WebMetrics(),
        new StreamRoutes(feed, Duration.ofMillis(300)),
        new DashboardRoutes()));
    base = "http://localhost:" + server.port();
    await().atMost(Duration.ofSeconds(30)).until(source::caughtUp);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (source != null) {
      source.close();
    }
    if (admin != null) {
      admin.close();
    }
  }

  private static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  private static <T extends org.apache.avro.specific.SpecificRecord> RecordMetadata produce(String topic, String key, T value, Class<T> type) throws Exception {
    Properties p = kafka.clientProperties();
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, T> producer = new KafkaProducer<>(p, new StringSerializer(),
        new PlainAvroSerde<>(type).serializer())) {
      return producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void healthAnswersWhileTheProcessIsAlive() throws Exception {
    HttpResponse<String> r = get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).path("status").asText()).isEqualTo("alive");
  }

  @Test
  void readyIs200WhenEveryCheckPassesAnd503NamingEachFailingCheck() throws Exception {
    toggled.set(Optional.empty());
    HttpResponse<String> ok = get("/ready");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(json(ok).path("checks").path("kafka").asText()).isEqualTo("ok");

    toggled.set(Optional.of("Kafka Streams application enrichment is REBALANCING, not RUNNING"));
    HttpResponse<String> bad = get("/ready");
    assertThat(bad.statusCode()).isEqualTo(503);
    JsonNode body = json(bad);
    assertThat(body.path("status").asInt()).isEqualTo(503);
    assertThat(body.path("error").asText()).contains("toggled").doesNotContain("kafka,");
    assertThat(body.path("details")).hasSize(1);
    assertThat(body.at("/details/0/check").asText()).isEqualTo("toggled");
    assertThat(body.at("/details/0/reason").asText()).contains("REBALANCING");
    toggled.set(Optional.empty());
  }

  @Test
  void builtInChecksExplainWhatIsUnreachableOrNotRunning() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    assertThat(ReadinessCheck.registry("http://localhost:" + closedPort).run())
        .hasValueSatisfying(r -> assertThat(r).contains("schema registry at http://localhost:" + closedPort));
    assertThat(ReadinessCheck.streams("enrichment", () -> KafkaStreams.State.REBALANCING).run())
        .hasValueSatisfying(r -> assertThat(r).contains("REBALANCING"));
    assertThat(ReadinessCheck.streams("enrichment", () -> KafkaStreams.State.RUNNING).run()).isEmpty();
    assertThat(new ReadinessCheck("boom", () -> { throw new IllegalStateException("no state"); }).run())
        .hasValueSatisfying(r -> assertThat(r).contains("no state"));
  }

  @Test
  void unknownRoutesAnswerWithAJsonError() throws Exception {
    HttpResponse<String> r = get("/api/nope");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).path("error").asText()).contains("/api/nope");
  }

  @Test
  void metricsExposeCountersOfOtherFeaturesJvmMetricsAndConsumerLag() throws Exception {
    Metrics.counter("wirewatch.articles.ingested", "source", "web-it").increment(3);
    String topic = "lag-test";
    kafka.createTopic(topic, 1);
    for (int i = 0; i < 5; i++) {
      produce(topic, "k" + i, Fixtures.alert("lag" + i, "s", "nuclear", "IR", Instant.now()), Alert.class);
    }
    admin.alterConsumerGroupOffsets("wirewatch-lagtest", Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(1)))
        .all().get(10, TimeUnit.SECONDS);
    try (ConsumerLagPoller poller = new ConsumerLagPoller(admin, WebMetrics.prometheus(), "wirewatch-")) {
      assertThat(poller.poll()).contains(new ConsumerLagPoller.Lag("wirewatch-lagtest", topic, 4));
      HttpResponse<String> r = get("/metrics");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      assertThat(r.body())
          .contains("wirewatch_articles_ingested_total{source=\"web-it\"} 3.0")
          .contains("wirewatch_consumer_lag_records{group=\"wirewatch-lagtest\",topic=\"lag-test\"} 4.0")
          .contains("jvm_memory_used_bytes")
          .contains("wirewatch_web_sse_clients");
    }
    // a stopped poller reports no stale lag
    assertThat(get("/metrics").body()).doesNotContain("group=\"wirewatch-lagtest\"");
  }

  @Test
  void topicCatalogueListsTheEighteenEventTopicsWithDescriptions() throws Exception {
    JsonNode topics = json(get("/api/topics")).path("topics");
    assertThat(topics).hasSize(18);
    assertThat(topics).allSatisfy(t -> assertThat(t.path("description").asText()).isNotBlank());
    assertThat(topics).extracting(t -> t.path("id").asText()).contains("sanctions-blocked", "un-veto", "humanitarian-aid");
  }

  @Test
  void openApiDescribesEveryRouteOfTheServerAndOfTheOtherRoles() throws Exception {
    JsonNode doc = json(get("/api/openapi.json"));
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    assertThat(doc.path("paths").fieldNames()).toIterable().contains("/health", "/ready", "/metrics", "/api/stream",
        "/api/topics", "/api/articles", "/api/subscriptions", "/api/stories", "/api/live/stats");
    assertThat(doc.at("/paths/~1api~1articles/post").isObject()).isTrue();
    assertThat(doc.at("/paths/~1api~1articles/get").isObject()).isTrue();
  }

  @Test
  void dashboardIsServedWithAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> r = get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<title>Wirewatch");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    assertThat(get("/app.js").statusCode()).isEqualTo(200);
  }

  @Test
  void streamWithoutEventStreamAcceptIsA406JsonError() throws Exception {
    HttpResponse<String> r = get("/api/stream", "Accept", "application/json");
    assertThat(r.statusCode()).isEqualTo(406);
    assertThat(json(r).path("error").asText()).contains("text/event-stream");
  }

  @Test
  void badFiltersAreA400NamingEachBadValue() throws Exception {
    HttpResponse<String> r = get("/api/stream?topic=%3Cscript%3E&country=KOR&history=-1", "Accept", "text/event-stream");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode body = json(r);
    assertThat(body.path("details")).hasSize(2);
    assertThat(body.path("error").asText()).contains("<script>").contains("KOR");
    HttpResponse<String> h = get("/api/stream?history=lots", "Accept", "text/event-stream");
    assertThat(h.statusCode()).isEqualTo(400);
    assertThat(json(h).path("error").asText()).contains("history");
  }

  @Test
  void streamsArticlesAndAlertsFromKafkaAsServerSentEvents() throws Exception {
    try (SseReader sse = SseReader.open(http, base + StreamRoutes.STREAM, Map.of())) {
      assertThat(sse.status).isEqualTo(200);
      assertThat(sse.contentType).startsWith("text/event-stream");
      sse.awaitConnected();
      EnrichedArticle a = Fixtures.simple("kafka-art-1", "nuclear", "IR", Instant.now());
      RecordMetadata am = produce(TopicNames.ARTICLES_ENRICHED, a.getId(), a, EnrichedArticle.class);
      Alert al = Fixtures.alert("kafka-alert-1", "desk-1", "nuclear", "IR", Instant.now());
      RecordMetadata lm = produce(TopicNames.ALERTS, "desk-1", al, Alert.class);

      await().atMost(Duration.ofSeconds(15)).until(() -> sse.frames("article").stream()
          .anyMatch(f -> f.data().contains("kafka-art-1")) && !sse.frames("alert").isEmpty());
      SseReader.Frame art = sse.frames("article").stream().filter(f -> f.data().contains("kafka-art-1")).findFirst().orElseThrow();
      assertThat(art.id()).isEqualTo(TopicNames.ARTICLES_ENRICHED + ":" + am.partition() + ":" + am.offset());
      JsonNode data = JSON.readTree(art.data());
      assertThat(data.path("id").asText()).isEqualTo("kafka-art-1");
      assertThat(data.at("/events/0/topic").asText()).isEqualTo("nuclear");
      assertThat(data.at("/countries/0/code").asText()).isEqualTo("IR");
      SseReader.Frame alert = sse.frames("alert").get(0);
      assertThat(alert.id()).isEqualTo(TopicNames.ALERTS + ":" + lm.partition() + ":" + lm.offset());
      assertThat(JSON.readTree(alert.data()).path("subscriptionId").asText()).isEqualTo("desk-1");
    }
  }

  @Test
  void streamSendsOnlyEventsMatchingTheTopicAndCountryFilters() throws Exception {
    try (SseReader sse = SseReader.open(http, base + StreamRoutes.STREAM + "?topic=ceasefire,un-veto&country=sd", Map.of())) {
      assertThat(sse.status).isEqualTo(200);
      sse.awaitConnected(); // events published before the subscription go to no one
      Instant now = Instant.now();
      feed.publishArticle("f:0:1", Fixtures.simple("filter-wrong-topic", "nuclear", "SD", now));
      feed.publishArticle("f:0:2", Fixtures.simple("filter-wrong-country", "ceasefire", "IR", now));
      feed.publishArticle("f:0:3", Fixtures.simple("filter-match", "ceasefire", "SD", now));
      feed.publishAlert("f:0:4", Fixtures.alert("filter-alert-match", "d", "un-veto", "SD", now));
      feed.publishAlert("f:0:5", Fixtures.alert("filter-alert-wrong", "d", "un-veto", "RU", now));
      feed.publishArticle("f:0:6", Fixtures.simple("filter-last", "ceasefire", "SD", now));

      await().atMost(Duration.ofSeconds(10)).until(() -> sse.frames.stream().anyMatch(f -> f.id().equals("f:0:6")));
      assertThat(sse.frames).extracting(SseReader.Frame::id).containsExactly("f:0:3", "f:0:4", "f:0:6");
    }
  }

  @Test
  void resumesAfterLastEventIdWithTheEventsMissedAndNoneBefore() throws Exception {
    Instant now = Instant.now();
    feed.publishArticle("r:0:1", Fixtures.simple("resume-1", "negotiations", "VE", now));
    feed.publishArticle("r:0:2", Fixtures.simple("resume-2", "negotiations", "VE", now));
    feed.publishArticle("r:0:3", Fixtures.simple("resume-3", "negotiations", "VE", now));
    try (SseReader sse = SseReader.open(http, base + StreamRoutes.STREAM + "?topic=negotiations",
        Map.of("Last-Event-ID", "r:0:1"))) {
      await().atMost(Duration.ofSeconds(10)).until(() -> sse.frames.size() >= 2);
      feed.publishArticle("r:0:4", Fixtures.simple("resume-4", "negotiations", "VE", now));
      await().atMost(Duration.ofSeconds(10)).until(() -> sse.frames.size() >= 3);
      assertThat(sse.frames).extracting(SseReader.Frame::id).containsExactly("r:0:2", "r:0:3", "r:0:4");
    }
  }

  @Test
  void historyParameterReplaysTheLastMatchingEventsToANewClient() throws Exception {
    Instant now = Instant.now();
    for (int i = 1; i <= 4; i++) {
      feed.publishArticle("h:0:" + i, Fixtures.simple("history-" + i, "humanitarian-aid", "YE", now));
    }
    try (SseReader sse = SseReader.open(http, base + StreamRoutes.STREAM + "?topic=humanitarian-aid&history=2", Map.of())) {
      await().atMost(Duration.ofSeconds(10)).until(() -> sse.frames.size() >= 2);
      assertThat(sse.frames).extracting(SseReader.Frame::id).containsExactly("h:0:3", "h:0:4");
    }
  }

  @Test
  void idleStreamsGetKeepAliveComments() throws Exception {
    try (SseReader sse = SseReader.open(http, base + StreamRoutes.STREAM + "?topic=sanctions-lifted", Map.of())) {
      await().atMost(Duration.ofSeconds(5)).until(() -> sse.comments.stream().filter("keep-alive"::equals).count() >= 2);
      assertThat(sse.frames).isEmpty();
    }
  }

  @Test
  void liveStoryRouteReturnsTheStoryWithItsArticlesOrA404() throws Exception {
    Instant now = Instant.now();
    HttpResponse<String> missing = get("/api/live/stories/story-x");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).path("error").asText()).contains("story-x");

    feed.publishArticle("st:0:1", Fixtures.simple("story-art-1", "summit-meeting", "JP", now));
    feed.publishStory("st:0:2", Fixtures.story("story-x", List.of("story-art-1", "story-art-2"), List.of("Wire"), now));
    HttpResponse<String> r = get("/api/live/stories/story-x");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode s = json(r);
    assertThat(s.path("articleCount").asInt()).isEqualTo(2);
    assertThat(s.path("articles")).extracting(n -> n.path("id").asText()).containsExactly("story-art-1");

    JsonNode stats = json(get("/api/live/stats"));
    assertThat(stats.at("/hour/topics/summit-meeting").asInt()).isGreaterThanOrEqualTo(1);
  }
}
