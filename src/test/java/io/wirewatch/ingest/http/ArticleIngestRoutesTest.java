package io.wirewatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.ingest.IngestStats;
import io.wirewatch.ingest.RevisionMemory;
import io.wirewatch.ingest.TestArticles;
import io.wirewatch.ingest.TestProducers;
import io.wirewatch.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The endpoint's contract over a fake producer; ArticleIngestHttpIT runs it on a real broker. */
class ArticleIngestRoutesTest {
  private static final String TOKEN = "s3cret";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD = "{\"headline\":\"Envoys meet\",\"body\":\"They met.\",\"source\":\"AFP\"}";

  private final HttpClient http = HttpClient.newHttpClient();
  private MockProducer<String, byte[]> mock;
  private WebServer server;

  @BeforeEach
  void start() {
    mock = TestProducers.autoCompleting();
    server = WebServer.start(0, List.of(new ArticleIngestRoutes(
        TestProducers.over(mock, new RevisionMemory()), new IngestStats(), 4096, TOKEN)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String path, String contentType, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String body) throws Exception {
    return post("/api/articles", "application/json", body, TOKEN);
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  private static void assertError(HttpResponse<String> r, int status, String messagePart) throws Exception {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
    JsonNode body = json(r);
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("error").asText()).contains(messagePart);
    assertThat(body.path("details").isArray()).isTrue();
  }

  @Test
  void acceptsOneArticleWithItsIdAndRevision() throws Exception {
    HttpResponse<String> r = post(GOOD);
    assertThat(r.statusCode()).isEqualTo(202);
    JsonNode accepted = json(r).get("accepted");
    assertThat(accepted).hasSize(1);
    assertThat(accepted.get(0).get("revision").asInt()).isEqualTo(1);
    assertThat(accepted.get(0).get("status").asText()).isEqualTo("posted");
    assertThat(TestProducers.articles(mock)).singleElement().satisfies(a -> {
      assertThat(a.getId()).isEqualTo(accepted.get(0).get("id").asText());
      assertThat(a.getFormat()).isEqualTo(SourceFormat.HTTP);
      assertThat(a.getOrigin()).isEqualTo("http");
    });
    HttpResponse<String> again = post(GOOD);
    assertThat(json(again).get("accepted").get(0).get("status").asText()).isEqualTo("unchanged");
    assertThat(TestProducers.articles(mock)).hasSize(1);
  }

  @Test
  void acceptsANinjsDocument() throws Exception {
    String ninjs = new String(TestArticles.fixture("ninjs/yonhap-2026-11-21-seoul-regrets-un-sanctions-hold.json")
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(ninjs.length()).as("fixture fits the test server's 4 KiB limit").isLessThan(4096);
    HttpResponse<String> r = post("/api/articles", "application/json", ninjs, TOKEN);
    assertThat(r.statusCode()).isEqualTo(202);
    assertThat(json(r).get("accepted").get(0).get("id").asText())
        .isEqualTo("urn:newsml:yna.example:20261121:AEN20261121000300315");
    assertThat(TestProducers.articles(mock)).singleElement()
        .satisfies(a -> assertThat(a.getFormat()).isEqualTo(SourceFormat.NINJS));
  }

  @Test
  void malformedJsonIs400AndWritesNothing() throws Exception {
    assertError(post("{\"headline\": \"x\","), 400, "malformed JSON");
    assertError(post("\"just a string\""), 400, "expected a JSON article");
    assertError(post("[".repeat(500) + "]".repeat(500)), 400, "malformed JSON");
    assertThat(mock.history()).isEmpty();
  }

  @Test
  void missingHeadlineOrBodyIs422NamingFieldAndItem() throws Exception {
    HttpResponse<String> r = post("{\"body\":\"b\"}");
    assertError(r, 422, "headline");
    JsonNode d = json(r).get("details").get(0);
    assertThat(d.get("item").asInt()).isZero();
    assertThat(d.get("field").asText()).isEqualTo("headline");

    HttpResponse<String> types = post("{\"headline\":\"h\",\"body\":5}");
    assertError(types, 422, "'body' must be a string");
    assertThat(json(types).get("details").get(0).get("field").asText()).isEqualTo("body");
    assertThat(mock.history()).isEmpty();
  }

  @Test
  void arrayAcceptsTheValidItemsAndReportsEachInvalidOne() throws Exception {
    HttpResponse<String> r = post("[" + GOOD + ",{\"headline\":\"h\",\"body\":\"\"},"
        + GOOD.replace("Envoys meet", "Talks end") + ",{\"headline\":\"\"}]");
    assertThat(r.statusCode()).isEqualTo(202);
    JsonNode body = json(r);
    assertThat(body.get("accepted")).extracting(n -> n.get("item").asInt()).containsExactly(0, 2);
    assertThat(body.get("rejected")).extracting(n -> n.get("item").asInt() + ":" + n.get("field").asText())
        .containsExactly("1:body", "3:headline");
    assertThat(TestProducers.articles(mock)).hasSize(2);
  }

  @Test
  void atomicArrayWritesNothingWhenAnyItemIsInvalid() throws Exception {
    HttpResponse<String> r = post("/api/articles?atomic=true", "application/json",
        "[" + GOOD + ",{\"headline\":\"h\"}]", TOKEN);
    assertError(r, 422, "nothing was accepted");
    assertThat(json(r).get("details")).hasSize(1);
    assertThat(mock.history()).isEmpty();
  }

  @Test
  void arrayWithOnlyInvalidItemsIs422() throws Exception {
    assertError(post("[{\"body\":\"x\"},{\"headline\":\"y\"}]"), 422, "2 of 2 articles are invalid");
    assertError(post("[]"), 422, "no articles");
    assertThat(mock.history()).isEmpty();
  }

  @Test
  void bodyAboveTheLimitIs413() throws Exception {
    String big = "{\"headline\":\"h\",\"body\":\"" + "x".repeat(5000) + "\"}";
    assertError(post(big), 413, "above the limit of 4096 bytes");
    assertThat(mock.history()).isEmpty();
  }

  @Test
  void wrongContentTypeIs415() throws Exception {
    assertError(post("/api/articles", "text/plain", GOOD, TOKEN), 415, "text/plain");
    assertError(post("/api/articles", null, GOOD, TOKEN), 415, "none");
    assertThat(post("/api/articles", "application/ninjs+json; charset=utf-8", GOOD, TOKEN).statusCode()).isEqualTo(202);
  }

  @Test
  void missingOrWrongTokenIs401() throws Exception {
    HttpResponse<String> none = post("/api/articles", "application/json", GOOD, null);
    assertError(none, 401, "ingest token");
    assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
    assertError(post("/api/articles", "application/json", GOOD, "wrong"), 401, "ingest token");
    assertThat(mock.history()).isEmpty();
  }

  @Test
  void unknownRouteAndWrongMethodAnswerWithJsonErrors() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + "/nope")).build(), HttpResponse.BodyHandlers.ofString());
    assertError(r, 404, "/nope");
    HttpResponse<String> get = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + "/api/articles")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isIn(404, 405);
    assertThat(json(get).path("status").asInt()).isEqualTo(get.statusCode());
  }

  @Test
  void sendFailureIs503() throws Exception {
    server.close();
    MockProducer<String, byte[]> failing = TestProducers.autoCompleting();
    failing.sendException = new org.apache.kafka.common.errors.TimeoutException("broker gone");
    server = WebServer.start(0, List.of(new ArticleIngestRoutes(
        TestProducers.over(failing, new RevisionMemory()), new IngestStats(), 4096, TOKEN)));
    assertError(post(GOOD), 503, "retry later");
  }
}
