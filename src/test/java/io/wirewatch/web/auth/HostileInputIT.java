package io.wirewatch.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.alert.delivery.AddressGuard;
import io.wirewatch.alert.secrets.SecretKeys;
import io.wirewatch.client.ClientConfig;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.testkit.TopicBytes;
import io.wirewatch.topics.TopicNames;
import io.wirewatch.roles.WebRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web role as {@code wirewatch web} runs it (tokens, guard, the real subscription store and
 * ingest producer on a real broker and registry), fed hostile requests. Each must get a clear 4xx
 * and write nothing: the records in news.articles.raw and news.subscriptions are counted before and
 * after. Host names resolve through a stub; no request goes to a real internal address.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HostileInputIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String READ = "reader-7c1f0d", INGEST = "ingest-99ab02", ADMIN = "admin-4e5d6f";
  private static final String SECRET = "hostile-suite-secret-0123456789";
  private static final Map<String, String> DNS = Map.of(
      "internal.test", "10.1.2.3", "metadata.test", "169.254.169.254", "v6.test", "fd00::1",
      "mapped.test", "::ffff:127.0.0.1", "loop.test", "127.0.0.1", "public.test", "203.0.113.10");

  private static WebRole web;
  private static String base;

  /** The stub resolver: names from {@link #DNS}, literals parsed (no lookup), anything else unknown. */
  private static InetAddress[] resolve(String host) throws UnknownHostException {
    String ip = DNS.get(host);
    if (ip == null && !host.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
      throw new UnknownHostException(host + " (stub resolver)");
    }
    return new InetAddress[] {InetAddress.getByName(ip != null ? ip : host)};
  }

  @BeforeAll
  static void start() {
    kafka.createWirewatchTopics();
    SecretKeys keys = SecretKeys.resolve(null, "t1:" + Base64.getEncoder().encodeToString(new byte[32]));
    ApiTokens tokens = ApiTokens.none().plus(READ, Scope.READ).plus(INGEST, Scope.INGEST).plus(ADMIN, Scope.ADMIN);
    web = WebRole.start(new WebRole.Config(ClientConfig.of(kafka.clientProperties()), 0, null)
        .withHttp(new HttpExposure(HttpExposure.LOOPBACK), false).withSecrets(keys).withTokens(tokens)
        .withLimits(WebGuard.Limits.defaults().withWritesPerMinute(10_000).withBodyIdleTimeout(Duration.ofSeconds(1)), 3)
        .withWebhookGuard(new AddressGuard(false, false, HostileInputIT::resolve)), List.of());
    base = "http://127.0.0.1:" + web.port();
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  private static long records() {
    return TopicBytes.endOffsetSum(kafka.bootstrapServers(), TopicNames.ARTICLES_RAW)
        + TopicBytes.endOffsetSum(kafka.bootstrapServers(), TopicNames.SUBSCRIPTIONS);
  }

  private static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends, expects {@code status} with a JSON error containing {@code words}, and nothing written. */
  private static JsonNode refused(int status, String method, String path, String token, String body, String... words)
      throws Exception {
    long before = records();
    HttpResponse<String> r = send(method, path, token, body);
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(status);
    JsonNode json = JSON.readTree(r.body());
    assertThat(json.path("error").asText()).as(r.body()).isNotBlank();
    for (String w : words) {
      assertThat(r.body()).as(method + " " + path).contains(w);
    }
    assertThat(records()).as("nothing written by " + method + " " + path).isEqualTo(before);
    return json;
  }

  private static String subscription(String name, String url) {
    ObjectNode s = JSON.createObjectNode().put("name", name);
    s.putObject("channel").put("type", "webhook").put("url", url).put("secret", SECRET);
    return s.toString();
  }

  private static final String ARTICLE = "{\"id\":\"hostile-1\",\"headline\":\"Talks resume\",\"body\":\"Envoys met.\"}";

  @Test
  void missingWrongAndWrongScopeTokensWriteNothing() throws Exception {
    refused(401, "POST", "/api/articles", null, ARTICLE, "scope 'ingest'", "Authorization: Bearer");
    refused(401, "POST", "/api/articles", INGEST + "x", ARTICLE, "not valid");
    refused(403, "POST", "/api/articles", READ, ARTICLE, "needs 'ingest'");
    refused(403, "POST", "/api/articles", ADMIN, ARTICLE, "needs 'ingest'");
    refused(401, "POST", "/api/subscriptions", null, subscription("Desk", "https://public.test/h"), "scope 'admin'");
    refused(403, "POST", "/api/subscriptions", INGEST, subscription("Desk", "https://public.test/h"), "needs 'admin'");
    refused(403, "DELETE", "/api/subscriptions/sub-000000000000", READ, null, "needs 'admin'");
    refused(403, "GET", "/api/subscriptions", READ, null, "needs 'admin'");
    refused(401, "GET", "/metrics", null, null, "scope 'read'");
    refused(401, "GET", "/api/articles", "Bearer", null);
    assertThat(send("GET", "/health", null, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/metrics", READ, null).statusCode()).isEqualTo(200);
  }

  @Test
  void guessesCloseToAValidTokenGetTheSameAnswerAsFarOnes() throws Exception {
    String near = ADMIN.substring(0, ADMIN.length() - 1) + "0"; // all but the last character right
    String far = "z".repeat(ADMIN.length());
    HttpResponse<String> a = send("GET", "/api/subscriptions", near, null);
    HttpResponse<String> b = send("GET", "/api/subscriptions", far, null);
    assertThat(a.statusCode()).isEqualTo(401);
    assertThat(a.body()).isEqualTo(b.body());
    assertThat(a.headers().map()).containsEntry("www-authenticate", b.headers().map().get("www-authenticate"));
  }

  @Test
  void crlfInNamesAndUrlsIsRefused() throws Exception {
    refused(422, "POST", "/api/subscriptions", ADMIN, subscription("Desk\r\nX-Injected: 1", "https://public.test/h"),
        "control characters");
    refused(422, "POST", "/api/subscriptions", ADMIN, subscription("Desk", "https://public.test/h\r\nX-Injected: 1"),
        "not a valid URL");
    refused(422, "POST", "/api/subscriptions", ADMIN, subscription("Desk", "https://public.test/%0d%0aX: 1 h"),
        "not a valid URL");
  }

  @Test
  void deeplyNestedAndOversizedJsonIsRefused() throws Exception {
    refused(400, "POST", "/api/subscriptions", ADMIN, "[".repeat(5_000) + "]".repeat(5_000), "nested deeper");
    refused(400, "POST", "/api/articles", INGEST, "{\"id\":\"x\",\"extra\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}",
        "malformed JSON");
    refused(413, "POST", "/api/subscriptions", ADMIN, subscription("x".repeat(70_000), "https://public.test/h"),
        "larger than");
    String huge = "{\"id\":\"big\",\"headline\":\"h\",\"body\":\"" + "a".repeat(1_100_000) + "\"}";
    refused(413, "POST", "/api/articles", INGEST, huge);
  }

  /**
   * A client still sending its body when the server refuses it reads the refusal: the server reads
   * and drops the rest (up to {@code RequestBodies.MAX_DISCARD}) before answering, instead of
   * closing on unread bytes, which resets the connection: the client's next write breaks and, at
   * unlucky timing, the answer is lost ("header parser received no bytes"). Raw sockets, so the
   * test shares no code with the server and the timing is fixed: headers and 10 KB, a pause in
   * which the server has decided, then the rest.
   */
  @Test
  void aClientStillSendingWhenRefusedReadsTheRefusal() throws Exception {
    long before = records();
    assertThat(rawPost("/api/articles", INGEST, 2_000_000, null)).startsWith("HTTP/1.1 413").contains("above the limit");
    assertThat(rawPost("/api/subscriptions", ADMIN, 200_000, null)).startsWith("HTTP/1.1 413").contains("larger than");
    assertThat(rawPost("/api/articles", null, 500_000, null)).startsWith("HTTP/1.1 401").contains("scope 'ingest'");
    // a client that asked to be told before sending is told, and never asked for the body
    assertThat(rawPost("/api/articles", INGEST, 2_000_000, "100-continue"))
        .startsWith("HTTP/1.1 413").doesNotContain("100 Continue");
    assertThat(records()).isEqualTo(before);
  }

  /** POSTs {@code length} bytes as described above; the answer, or the write that broke. */
  private static String rawPost(String path, String token, int length, String expect) throws Exception {
    try (Socket s = new Socket("127.0.0.1", web.port())) {
      s.setSoTimeout(15_000);
      OutputStream out = s.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: x\r\n" + (token == null ? "" : "Authorization: Bearer " + token
          + "\r\n") + (expect == null ? "" : "Expect: " + expect + "\r\n") + "Content-Type: application/json\r\n"
          + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      if (expect == null) {
        byte[] chunk = "x".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        for (int sent = 0; sent < length; sent += chunk.length) {
          try {
            out.write(chunk, 0, Math.min(chunk.length, length - sent));
            out.flush();
          } catch (IOException e) {
            return "write broke after " + sent + " of " + length + " bytes: " + e;
          }
          if (sent == 0) {
            Thread.sleep(300);
          }
        }
      }
      return readResponse(s.getInputStream());
    }
  }

  /** One HTTP/1.1 response: status line, headers and the Content-Length bytes of its body. */
  private static String readResponse(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int c;
    while (!head.toString().endsWith("\r\n\r\n") && (c = in.read()) >= 0) {
      head.append((char) c);
    }
    Matcher m = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
    int length = m.find() ? Integer.parseInt(m.group(1)) : 0;
    return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  @Test
  void aSlowBodyIsDroppedWithoutAWrite() throws Exception {
    long before = records();
    try (Socket s = new Socket("127.0.0.1", web.port())) {
      s.setSoTimeout(15_000);
      OutputStream out = s.getOutputStream();
      out.write(("POST /api/subscriptions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + ADMIN + "\r\n"
          + "Content-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"name\":\"sl").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      assertThat(answer).satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a).startsWith("HTTP/1.1 4"));
    }
    assertThat(records()).isEqualTo(before);
  }

  @Test
  void everySsrfFormIsRefusedAtCreation() throws Exception {
    for (String url : List.of("http://127.0.0.1/h", "http://[::1]/h", "http://10.0.0.1/h", "http://192.168.1.1/h",
        "http://172.16.0.1/h", "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/h", "http://[fd00::1]/h",
        "http://100.64.0.1/h", "http://0.0.0.0/h", "http://internal.test/h", "http://metadata.test/h",
        "http://v6.test/h", "http://mapped.test/h", "http://loop.test/h", "http://[64:ff9b::a00:1]/h")) {
      refused(422, "POST", "/api/subscriptions", ADMIN, subscription("Desk", url), "refused so subscriptions cannot reach");
    }
    for (String url : List.of("http://2130706433/h", "http://0x7f000001/h", "http://0177.0.0.1/h", "http://127.1/h",
        "http://0x7f.0.0.1/h")) {
      refused(422, "POST", "/api/subscriptions", ADMIN, subscription("Desk", url), "different programs");
    }
    refused(422, "POST", "/api/subscriptions", ADMIN, subscription("Desk", "http://[::ffff:127.0.0.1]/h"), "IPv4-mapped");
    for (String url : List.of("file:///etc/passwd", "gopher://public.test/", "ftp://public.test/", "javascript:alert(1)",
        "dict://public.test:11211/")) {
      refused(422, "POST", "/api/subscriptions", ADMIN, subscription("Desk", url), "not an http(s) URL");
    }
    refused(422, "POST", "/api/subscriptions", ADMIN, subscription("Desk", "https://user:pw@public.test/h"), "user-info");
    refused(422, "POST", "/api/subscriptions", ADMIN, subscription("Desk", "https://public.test@10.0.0.1/h"), "user-info");
  }

  @Test
  void aGoodSubscriptionIsStoredSealedAndTheCapHolds() throws Exception {
    long before = TopicBytes.endOffsetSum(kafka.bootstrapServers(), TopicNames.SUBSCRIPTIONS);
    HttpResponse<String> ok = send("POST", "/api/subscriptions", ADMIN, subscription("Desk", "https://public.test/h"));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    assertThat(TopicBytes.endOffsetSum(kafka.bootstrapServers(), TopicNames.SUBSCRIPTIONS)).isEqualTo(before + 1);
    assertThat(TopicBytes.all(kafka.bootstrapServers(), TopicNames.SUBSCRIPTIONS))
        .allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET));
    HttpResponse<String> listed = send("GET", "/api/subscriptions", ADMIN, null);
    assertThat(listed.body()).contains("\"secret\":\"***\"").doesNotContain(SECRET);

    while (send("GET", "/api/subscriptions", ADMIN, null).body().split("\"id\"").length - 1 < 3) {
      assertThat(send("POST", "/api/subscriptions", ADMIN, subscription("Desk", "https://public.test/h")).statusCode())
          .isEqualTo(201);
    }
    refused(409, "POST", "/api/subscriptions", ADMIN, subscription("One too many", "https://public.test/h"),
        "the most this server keeps (3)");

    // leave the store empty for the other tests (the cap answers before validation does)
    for (JsonNode sub : JSON.readTree(send("GET", "/api/subscriptions", ADMIN, null).body())) {
      assertThat(send("DELETE", "/api/subscriptions/" + sub.path("id").asText(), ADMIN, null).statusCode()).isEqualTo(204);
    }
    assertThat(JSON.readTree(send("GET", "/api/subscriptions", ADMIN, null).body())).isEmpty();
  }
}
