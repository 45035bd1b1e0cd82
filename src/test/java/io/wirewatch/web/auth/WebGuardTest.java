package io.wirewatch.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.web.LiveFeed;
import io.wirewatch.web.StreamRoutes;
import io.wirewatch.web.WebServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The guard on a real Jetty server with stand-in routes: each refusal, its status, its advice. */
@org.junit.jupiter.api.Timeout(60)
class WebGuardTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicInteger writes = new AtomicInteger();
  private final List<AutoCloseable> open = new ArrayList<>();
  private WebServer server;
  private WebGuard guard;

  private static final ApiTokens TOKENS = ApiTokens.none().plus("reader", Scope.READ)
      .plus("bot", Scope.INGEST).plus("lead", Scope.ADMIN);

  private String start(ApiTokens tokens, WebGuard.Limits limits) {
    guard = new WebGuard(tokens, limits);
    LiveFeed feed = new LiveFeed();
    open.add(feed);
    server = WebServer.start(0, List.of(guard, new StreamRoutes(feed, Duration.ofMillis(200)), cfg -> {
      cfg.routes.get("/api/things", ctx -> ctx.json(Map.of("ok", true)));
      cfg.routes.get("/health", ctx -> ctx.result("ok"));
      cfg.routes.post("/api/articles", ctx -> writes.incrementAndGet());
      cfg.routes.post("/api/subscriptions", ctx -> {
        JSON.readTree(ctx.body());
        writes.incrementAndGet();
        ctx.status(201);
      });
    }));
    return "http://127.0.0.1:" + server.port();
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void scopesDecideAndEveryRefusalIsJsonWithTheFix() throws Exception {
    String base = start(TOKENS, WebGuard.Limits.defaults());
    assertThat(send("GET", base + "/health", null, null).statusCode()).isEqualTo(200);

    HttpResponse<String> none = send("GET", base + "/api/things", null, null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).get().asString().contains("Bearer");
    JsonNode n = JSON.readTree(none.body());
    assertThat(n.path("status").asInt()).isEqualTo(401);
    assertThat(n.path("error").asText()).contains("scope 'read'").contains("Authorization: Bearer");

    HttpResponse<String> wrong = send("GET", base + "/api/things", "readers", null);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(wrong.body()).path("error").asText()).contains("not valid");

    HttpResponse<String> scope = send("POST", base + "/api/subscriptions", "reader", "{}");
    assertThat(scope.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(scope.body()).path("error").asText()).contains("scope read").contains("needs 'admin'");
    assertThat(send("POST", base + "/api/articles", "lead", "{}").statusCode()).as("admin is not ingest").isEqualTo(403);
    assertThat(writes.get()).isZero();

    assertThat(send("GET", base + "/api/things", "reader", null).statusCode()).isEqualTo(200);
    assertThat(send("GET", base + "/api/things", "lead", null).statusCode()).isEqualTo(200);
    assertThat(send("POST", base + "/api/articles", "bot", "{}").statusCode()).isEqualTo(200);
    assertThat(send("POST", base + "/api/subscriptions", "lead", "{}").statusCode()).isEqualTo(201);
    assertThat(writes.get()).isEqualTo(2);
  }

  @Test
  void withoutTokensEverythingIsOpen() throws Exception {
    String base = start(ApiTokens.none(), WebGuard.Limits.defaults());
    assertThat(send("GET", base + "/api/things", null, null).statusCode()).isEqualTo(200);
    assertThat(send("POST", base + "/api/subscriptions", null, "{}").statusCode()).isEqualTo(201);
  }

  @Test
  void writesAboveTheRateAnswer429WithRetryAfter() throws Exception {
    String base = start(ApiTokens.none(), WebGuard.Limits.defaults().withWritesPerMinute(3));
    for (int i = 0; i < 3; i++) {
      assertThat(send("POST", base + "/api/subscriptions", null, "{}").statusCode()).isEqualTo(201);
    }
    HttpResponse<String> limited = send("DELETE", base + "/api/subscriptions/x", null, null);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    assertThat(JSON.readTree(limited.body()).path("error").asText()).contains("at most 3").contains("retry after");
    assertThat(send("GET", base + "/api/things", null, null).statusCode()).as("reads are not limited").isEqualTo(200);
  }

  @Test
  void oversizedAndDeeplyNestedBodiesAreRefusedBeforeTheRoute() throws Exception {
    String base = start(ApiTokens.none(), WebGuard.Limits.defaults());
    HttpResponse<String> big = send("POST", base + "/api/subscriptions", null,
        "{\"name\":\"" + "x".repeat(70_000) + "\"}");
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(big.body()).path("error").asText()).contains("65536 bytes");
    HttpResponse<String> deep = send("POST", base + "/api/subscriptions", null, "[".repeat(500) + "]".repeat(500));
    assertThat(deep.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(deep.body()).path("error").asText()).contains("nested deeper than 16");
    assertThat(writes.get()).isZero();
  }

  @Test
  void oversizedHeadersAnswer431() throws Exception {
    String base = start(ApiTokens.none(), WebGuard.Limits.defaults());
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/things"))
        .header("X-Padding", "y".repeat(10_000)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(431);
  }

  @Test
  void aBodyThatStopsArrivingIsDroppedAndNothingIsWritten() throws Exception {
    start(ApiTokens.none(), WebGuard.Limits.defaults().withBodyIdleTimeout(Duration.ofMillis(500)));
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("POST /api/subscriptions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Content-Length: 100\r\n\r\n{\"na").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII); // ends when the server hangs up
      assertThat(answer).satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a).startsWith("HTTP/1.1 4"));
    }
    assertThat(writes.get()).isZero();
  }

  @Test
  void liveFeedConnectionsAreBoundedPerAddressAndReleasedWhenClosed() throws Exception {
    String base = start(ApiTokens.none(), WebGuard.Limits.defaults().withSse(10, 2));
    List<HttpResponse<InputStream>> streams = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stream"))
          .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
      assertThat(r.statusCode()).isEqualTo(200);
      streams.add(r);
    }
    HttpResponse<String> third = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stream"))
        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(third.statusCode()).isEqualTo(429);
    assertThat(third.headers().firstValue("Retry-After")).isPresent();
    assertThat(JSON.readTree(third.body()).path("error").asText()).contains("already has 2 live-feed connections");

    streams.get(0).body().close();
    await().atMost(Duration.ofSeconds(10)).until(() -> guard.liveFeedConnections() == 1);
    HttpResponse<InputStream> again = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stream"))
        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(again.statusCode()).isEqualTo(200);
    again.body().close();
    streams.get(1).body().close();
  }

  @Test
  void theLiveFeedTakesTheTokenAsAQueryParameterBecauseEventSourceCannotSendHeaders() throws Exception {
    String base = start(TOKENS, WebGuard.Limits.defaults());
    HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stream?access_token=reader"))
        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    r.body().close();
    assertThat(send("GET", base + "/api/things?access_token=reader", null, null).statusCode())
        .as("only the live feed reads the token from the URL").isEqualTo(401);
  }
}
