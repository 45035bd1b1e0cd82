package io.wirewatch.replay.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.Story;
import io.wirewatch.avro.StoryStatus;
import io.wirewatch.replay.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HistoryRoutesTest {
  static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");
  final RecentRecords<EnrichedArticle> articles = new RecentRecords<>(1000);
  final RecentRecords<Story> stories = new RecentRecords<>(100);
  Javalin app;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void start() {
    String[] countries = {"KP", "IR", "FR"};
    for (int i = 0; i < 700; i++) {
      Instant ts = NOW.minus(Duration.ofMinutes(10L * (700 - i)));
      EnrichedArticle e = Fixtures.enriched(Fixtures.article("a" + i, i % 2 == 0 ? "UPI" : "AP", "Headline " + i, ts),
          List.of(countries[i % 3]), i % 5 == 0 ? List.of("nuclear") : List.of());
      articles.add(e.getId(), ts, e);
    }
    for (int i = 0; i < 3; i++) {
      Instant ts = NOW.minus(Duration.ofHours(3 - i));
      stories.add("s" + i, ts, Story.newBuilder().setId("s" + i).setFirstHeadline("Story " + i)
          .setArticleIds(List.of("a" + i)).setSources(List.of("UPI")).setFirstSeen(ts).setLastSeen(ts)
          .setEventTopics(List.of(i == 1 ? "un-veto" : "nuclear")).setCountries(List.of("KP"))
          .setStatus(StoryStatus.NEW).build());
    }
    app = Javalin.create(cfg -> HistoryRoutes.register(cfg.routes, articles, stories, Clock.fixed(NOW, ZoneOffset.UTC)));
    app.start(0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  record Answer(int status, JsonNode body) {}

  Answer get(String pathAndQuery) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + pathAndQuery))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return new Answer(r.statusCode(), json.readTree(r.body()));
  }

  static List<String> ids(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.get("items").forEach(n -> out.add(n.get("id").asText()));
    return out;
  }

  @Test
  void articlesComeNewestFirstWithTheDefaultLimit() throws Exception {
    Answer a = get("/api/articles");
    assertThat(a.status()).isEqualTo(200);
    assertThat(ids(a.body())).hasSize(50).startsWith("a699", "a698").endsWith("a650");
    assertThat(a.body().get("limit").asInt()).isEqualTo(50);
    assertThat(a.body().get("oldest").asText()).isEqualTo(NOW.minus(Duration.ofMinutes(7000)).toString());
  }

  @Test
  void filtersAndTimeBoundsCombine() throws Exception {
    Answer a = get("/api/articles?topic=nuclear&country=KP&source=UPI&from=-1d&limit=500");
    List<String> want = new ArrayList<>();
    for (int i = 699; i >= 0; i--) {
      Instant ts = NOW.minus(Duration.ofMinutes(10L * (700 - i)));
      if (i % 5 == 0 && i % 3 == 0 && i % 2 == 0 && !ts.isBefore(NOW.minus(Duration.ofDays(1)))) {
        want.add("a" + i);
      }
    }
    assertThat(want).isNotEmpty();
    assertThat(ids(a.body())).containsExactlyElementsOf(want);
    JsonNode first = a.body().get("items").get(0);
    assertThat(first.get("events").get(0).get("topic").asText()).isEqualTo("nuclear");
    assertThat(first.get("source").asText()).isEqualTo("UPI");
  }

  @Test
  void limitAboveTheMaximumIsA400NamingTheParameter() throws Exception {
    Answer a = get("/api/articles?limit=501");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("details").path(0).path("parameter").asText()).isEqualTo("limit");
    assertThat(a.body().get("error").asText()).contains("from 1 to 500").contains("'501'");
  }

  @Test
  void badTimeAndUnknownParameterAre400s() throws Exception {
    Answer t = get("/api/stories?from=yesterday");
    assertThat(t.status()).isEqualTo(400);
    assertThat(t.body().path("details").path(0).path("parameter").asText()).isEqualTo("from");
    assertThat(t.body().get("error").asText()).contains("-7d");
    Answer u = get("/api/articles?contry=KP");
    assertThat(u.status()).isEqualTo(400);
    assertThat(u.body().get("error").asText()).contains("unknown parameter 'contry'");
    Answer r = get("/api/articles?from=-1h&to=-2h");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("error").asText()).contains("is not before");
  }

  @Test
  void storiesFilterByEventTopic() throws Exception {
    Answer a = get("/api/stories?topic=nuclear");
    assertThat(ids(a.body())).containsExactly("s2", "s0");
    assertThat(a.body().get("items").get(0).get("firstHeadline").asText()).isEqualTo("Story 2");
  }

  @Test
  void registersOnAnAppCreatedElsewhereBeforeItStarts() throws Exception {
    Javalin other = Javalin.create();
    HistoryRoutes.register(other, articles, stories);
    other.start(0);
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + other.port() + "/api/articles?limit=2")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(ids(json.readTree(r.body()))).containsExactly("a699", "a698");
    } finally {
      other.stop();
    }
  }

  @Test
  void ringKeepsTheNewestVersionPerKeyAndStaysBounded() {
    RecentRecords<String> ring = new RecentRecords<>(3);
    Instant t = NOW;
    ring.add("a", t, "a1");
    ring.add("b", t.plusSeconds(1), "b1");
    ring.add("a", t.plusSeconds(2), "a2");
    ring.add("c", t.plusSeconds(3), "c1");
    ring.add("d", t.plusSeconds(4), "d1");
    assertThat(ring.size()).isEqualTo(3);
    assertThat(ring.newest(null, null, v -> true, 10)).extracting(RecentRecords.Entry::value)
        .containsExactly("d1", "c1", "a2");
  }
}
