package io.wirewatch.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.ingest.parse.JsonArticles;
import io.wirewatch.platform.EmbeddedKafka;
import io.wirewatch.testkit.ChildProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code wirewatch dev} in a child JVM on free ports: the embedded broker and registry, enrichment,
 * alerting and the HTTP API, as a user starts it. Articles and subscriptions go in through the API.
 */
final class DevPipeline implements AutoCloseable {
  /** Two sanctions-blocked articles, dated as RSS (RFC 822, two-digit year, EST) and as a date alone. */
  static final String SANCTIONS_ARTICLES = """
      [{"id":"n1","headline":"China, Russia block U.S. bid for more North Korea sanctions","source":"UPI",
        "body":"China and Russia on Friday blocked a U.S. bid at the United Nations Security Council to impose more sanctions on North Korea over its missile launches.",
        "published":"Fri, 21 Jan 22 10:40:00 EST"},
       {"id":"n2","headline":"Moscow and Beijing veto new North Korea sanctions at UN","source":"AP",
        "body":"Russia and China vetoed a U.S.-drafted resolution that would have imposed new sanctions on North Korea, blocking the measure at the Security Council.",
        "published":"2022-01-21"}]
      """;

  private static final Pattern REGISTRY = Pattern.compile("Schema registry (http://\\S+)");
  private static final Pattern DASHBOARD = Pattern.compile("Dashboard (http://\\S+)");

  private final ChildProcess dev;
  private final String bootstrapServers;
  private final String registryUrl;
  private final String httpUrl;
  private final HttpClient http = HttpClient.newHttpClient();
  private String subscriptionId;

  private DevPipeline(ChildProcess dev, String bootstrapServers, String registryUrl, String httpUrl) {
    this.dev = dev;
    this.bootstrapServers = bootstrapServers;
    this.registryUrl = registryUrl;
    this.httpUrl = httpUrl;
  }

  static DevPipeline start(Path dataDir) throws Exception {
    int port = EmbeddedKafka.freePort();
    ChildProcess dev = ChildProcess.startWirewatch("dev", "--data-dir", dataDir.toString(),
        "--kafka-port", Integer.toString(port), "--registry-port", "0", "--http-port", "0");
    try {
      dev.awaitOutput("Wirewatch is ready", Duration.ofSeconds(180));
      String ready = dev.output().lines().filter(l -> l.startsWith("Wirewatch is ready")).findFirst().orElseThrow();
      return new DevPipeline(dev, "localhost:" + port, group(REGISTRY, ready), group(DASHBOARD, ready));
    } catch (RuntimeException | Error e) {
      dev.close();
      throw e;
    }
  }

  private static String group(Pattern p, String line) {
    Matcher m = p.matcher(line);
    assertThat(m.find()).as("%s in %s", p, line).isTrue();
    return m.group(1);
  }

  String bootstrapServers() {
    return bootstrapServers;
  }

  String registryUrl() {
    return registryUrl;
  }

  String subscriptionId() {
    return subscriptionId;
  }

  /** A sanctions-blocked subscription, then {@link #SANCTIONS_ARTICLES}: two articles, two stories, two alerts. */
  void subscribeAndPostSanctionsArticles() throws Exception {
    subscribe("{\"name\":\"Korea desk\",\"topics\":[\"sanctions-blocked\"],\"channel\":{\"type\":\"console\"}}");
    postArticles(SANCTIONS_ARTICLES);
  }

  void subscribe(String json) throws Exception {
    JsonNode r = post("/api/subscriptions", json);
    subscriptionId = r.path("id").asText();
    assertThat(subscriptionId).as("subscription id in %s", r).isNotBlank();
  }

  void postArticles(String json) throws Exception {
    JsonNode r = post("/api/articles", json);
    assertThat(r.path("rejected")).as("rejected articles in %s", r).isEmpty();
  }

  private JsonNode post(String path, String json) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(httpUrl + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("POST %s: %s", path, r.body()).isBetween(200, 299);
    return JsonArticles.mapper().readTree(r.body());
  }

  @Override
  public void close() throws Exception {
    dev.terminate(Duration.ofSeconds(60));
  }
}
