package io.wirewatch.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.alert.delivery.WebhookSigner;
import io.wirewatch.alert.testing.RecordingWebhookServer;
import io.wirewatch.client.ClientConfig;
import io.wirewatch.enrich.RuleSet;
import io.wirewatch.platform.EmbeddedKafka;
import io.wirewatch.platform.registry.EmbeddedSchemaRegistry;
import io.wirewatch.registry.HttpSchemaRegistryClient;
import io.wirewatch.registry.SchemaCatalog;
import io.wirewatch.testkit.ChildProcess;
import io.wirewatch.testkit.EmbeddedKafkaCluster;
import io.wirewatch.topics.TopicCatalog;
import io.wirewatch.topics.TopicNames;
import io.wirewatch.topics.TopicProvisioner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole system as a deployment runs it: a 3-broker cluster and a schema registry (in this JVM),
 * and every role as its own {@code java -jar wirewatch.jar} process pointed at them with
 * {@code --bootstrap-servers}: HTTP ingest, enrichment ×2, alerting ×2, webhook delivery and web.
 * While articles flow, one enrichment, one alerting and the delivery process are SIGKILLed (delivery
 * is started again) and one broker is stopped. At the end every article is in
 * news.articles.enriched exactly once, every matching subscription got exactly one NEW alert for
 * the story (a repeat only with the same Idempotency-Key), and the web role shows the last articles.
 * Our stand-in for {@code docker compose up} on a machine without Docker.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class RolesClusterIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Small heaps and the quick compiler only: start-up CPU matters more here than peak speed. */
  private static final List<String> CHILD_JVM = List.of("-Xms32m", "-Xmx192m", "-XX:+UseSerialGC",
      "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xss512k");
  private static final Duration START = Duration.ofSeconds(90);
  /** How long a role's start-up waits for the cluster: generous, the machine may be busy. */
  private static final Duration CONNECT = Duration.ofSeconds(90);
  private static final int FILLER_PER_BATCH = 150;
  private static final String SECRET = "roles-cluster-secret-0123456789";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<ChildProcess> children = new CopyOnWriteArrayList<>();
  private String secretsKey;

  @Test
  void everyRoleAsItsOwnProcessSurvivesCrashesAndABrokerStop() throws Exception {
    long began = System.nanoTime();
    Path work = Files.createTempDirectory("wirewatch-roles-");
    Thread killChildren = new Thread(this::killAll, "kill-role-processes");
    Runtime.getRuntime().addShutdownHook(killChildren);
    try (EmbeddedKafkaCluster cluster = EmbeddedKafkaCluster.start(3);
        RecordingWebhookServer receiver = new RecordingWebhookServer()) {
      String bootstrap = cluster.bootstrapServers();
      try (Admin admin = cluster.admin()) {
        TopicProvisioner provisioner = new TopicProvisioner(admin);
        provisioner.apply(provisioner.plan(TopicCatalog.loadBundled()));
      }
      try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(bootstrap, 0)) {
        SchemaCatalog.registerAll(HttpSchemaRegistryClient.fromConfig(ClientConfig.of(bootstrap, registry.url()).registry()),
            RuleSet.defaults().topics().stream().map(RuleSet.Topic::id).toList());
        // A group notices a SIGKILLed member after session.timeout.ms: 10 s rather than the default 45 s,
        // as a deployment that wants quick takeover would set in its --client-config.
        Path clientConfig = Files.writeString(work.resolve("client.properties"),
            "session.timeout.ms=10000\nheartbeat.interval.ms=2000\n");
        String[] conn = {"--bootstrap-servers", bootstrap, "--schema-registry-url", registry.url(),
            "--client-config", clientConfig.toString(), "--connect-timeout", CONNECT.toString()};
        // web seals the webhook secrets, webhook delivery opens them: one key file for both
        Path keyFile = Files.writeString(work.resolve("secrets.key"),
            "k1:" + Base64.getEncoder().encodeToString(new byte[32]) + "\n");
        secretsKey = keyFile.toString();
        int ingestPort = EmbeddedKafka.freePort();
        int webPort = EmbeddedKafka.freePort();

        // In stages, each role ready before the next starts: seven JVMs starting at once on a small
        // machine starve each other (and the brokers in this JVM) of CPU.
        started("Ingest listening", conn, "ingest", "http", "--http-port",
            Integer.toString(ingestPort), "--http-host", "127.0.0.1");
        started("Dashboard on", conn, "web", "--http-port", Integer.toString(webPort), "--http-host", "127.0.0.1",
            "--secrets-key-file", secretsKey, "--allow-loopback");
        ChildProcess enrich1 = started("Enrichment running", conn, "enrich", "--state-dir",
            work.resolve("enrich-1").toString());
        ChildProcess enrich2 = started("Enrichment running", conn, "enrich", "--state-dir",
            work.resolve("enrich-2").toString());
        ChildProcess alerting1 = started("Alerting running", conn, "alerting", "--state-dir",
            work.resolve("alerting-1").toString());
        ChildProcess alerting2 = started("Alerting running", conn, "alerting", "--state-dir",
            work.resolve("alerting-2").toString());
        ChildProcess delivery = startedDelivery(conn);
        System.out.printf("RolesClusterIT: 7 role processes ready after %d s%n",
            Duration.ofNanos(System.nanoTime() - began).toSeconds());

        String web0 = "http://127.0.0.1:" + webPort;
        String korea = subscribe(web0, "Korea desk", "sanctions-blocked", "KP", receiver.url("/korea"));
        String un = subscribe(web0, "UN desk", "sanctions-blocked", null, receiver.url("/un"));
        String paris = subscribe(web0, "Paris desk", "diplomat-expelled", "FR", receiver.url("/paris"));

        String api = "http://127.0.0.1:" + ingestPort + "/api/articles";
        Random random = new Random(18);
        List<String> posted = new ArrayList<>();
        posted.addAll(post(api, filler(random, "a", FILLER_PER_BATCH)));
        posted.addAll(post(api, List.of(
            story("upi", "UPI", "China, Russia block U.S. bid for more North Korea sanctions",
                "China and Russia blocked a U.S. bid at the UN to sanction North Korea."),
            story("ap", "AP", "Beijing, Moscow halt US push on Pyongyang",
                "Beijing and Moscow put a hold on new UN sanctions on North Korea."))));
        Awaitility.await("the first NEW alert of both matching subscriptions").atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> newAlertsTo(receiver, "/korea") >= 1 && newAlertsTo(receiver, "/un") >= 1);

        // Crashes and a broker stop while the second half flows.
        enrich1.kill();
        alerting1.kill();
        delivery.kill();
        cluster.stopBroker(2);
        posted.addAll(post(api, filler(random, "b", FILLER_PER_BATCH)));
        posted.addAll(post(api, List.of(
            story("reuters", "Reuters", "China and Russia stop new UN sanctions on North Korea",
                "China and Russia stopped new UN sanctions against North Korea."),
            story("yonhap", "Yonhap", "Seoul regrets hold on N. Korea sanctions",
                "South Korea regretted the hold on UN sanctions against North Korea."))));
        startedDelivery(conn);
        List<String> last = post(api, filler(random, "z", 10));
        posted.addAll(last);

        Map<String, Integer> enriched = new HashMap<>();
        Awaitility.await("every article enriched").atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1))
            .until(() -> {
              enriched.clear();
              enriched.putAll(countByKey(bootstrap, TopicNames.ARTICLES_ENRICHED));
              return enriched.keySet().containsAll(posted);
            });
        JsonNode recent = Awaitility.await("the web role shows the last articles").atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> get(web0 + "/api/articles?limit=50&from=-1h"), n -> ids(n).containsAll(last));
        // the story's copies are all in: give delivery time to show an extra NEW alert, if it wrongly made one
        Awaitility.await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);

        Map<String, Map<String, Set<String>>> news = newAlertKeys(receiver);
        long duplicates = enriched.values().stream().filter(n -> n > 1).count();
        System.out.printf("RolesClusterIT: posted %d articles (%d distinct); news.articles.enriched (read_committed)"
                + " holds %d records for %d of them, %d more than once; webhook requests %d (NEW %s); "
                + "/api/articles returned %d items incl. the last %d posted%n",
            posted.size(), new HashSet<>(posted).size(), enriched.values().stream().mapToInt(Integer::intValue).sum(),
            enriched.keySet().stream().filter(posted::contains).count(), duplicates, receiver.accepted().size(),
            summary(news), recent.path("items").size(), last.size());

        assertThat(new HashSet<>(posted)).hasSize(posted.size());
        assertThat(duplicates).as("articles enriched more than once").isZero();
        assertThat(enriched.keySet()).containsExactlyInAnyOrderElementsOf(posted);
        for (String path : List.of("/korea", "/un")) {
          assertThat(news.get(path)).as("stories with a NEW alert to " + path).hasSize(1);
          news.get(path).forEach((story, keys) -> assertThat(keys)
              .as("Idempotency-Keys of the NEW alerts of story " + story + " to " + path).hasSize(1));
        }
        assertThat(news.getOrDefault("/paris", Map.of())).as("alerts to a subscription nothing matches").isEmpty();
        assertThat(receiver.accepted()).allSatisfy(r -> assertThat(WebhookSigner.verify(SECRET,
            Long.parseLong(r.header("X-Wirewatch-Timestamp")), r.body(), r.header("X-Wirewatch-Signature"))).isTrue());
        assertThat(receiver.accepted()).extracting(r -> JSON.readTree(r.body()).at("/subscription/id").asText())
            .doesNotContain(paris).contains(korea, un);
        assertThat(enrich2.isAlive()).as("the surviving enrichment process").isTrue();
        assertThat(alerting2.isAlive()).as("the surviving alerting process").isTrue();
      }
    } finally {
      killAll();
      Runtime.getRuntime().removeShutdownHook(killChildren);
      try (var files = Files.walk(work)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private ChildProcess start(String[] conn, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(conn));
    ChildProcess c = ChildProcess.startWirewatch(CHILD_JVM, all.toArray(String[]::new));
    children.add(c);
    return c;
  }

  /** Starts a role and waits for its ready line. */
  private ChildProcess started(String ready, String[] conn, String... args) throws Exception {
    ChildProcess c = start(conn, args);
    c.awaitOutput(ready, START);
    return c;
  }

  private ChildProcess startedDelivery(String[] conn) throws Exception {
    return started("Delivering webhook alerts", conn, "alert", "--channel", "webhook", "--allow-loopback",
        "--secrets-key-file", secretsKey);
  }

  private void killAll() {
    for (ChildProcess c : children) {
      try {
        c.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private String subscribe(String web, String name, String topic, String country, String url) throws Exception {
    ObjectNode body = JSON.createObjectNode().put("name", name);
    body.putArray("topics").add(topic);
    if (country != null) {
      body.putArray("countries").add(country);
    }
    body.putObject("channel").put("type", "webhook").put("url", url).put("secret", SECRET);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(web + "/api/subscriptions"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).get("id").asText();
  }

  /** Posts {@code articles} as one JSON array; returns the ids ingest gave them. */
  private List<String> post(String api, List<ObjectNode> articles) throws Exception {
    ArrayNode array = JSON.createArrayNode().addAll(articles);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(array.toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    JsonNode answer = JSON.readTree(r.body());
    assertThat(answer.path("rejected")).as(r.body()).isEmpty();
    List<String> ids = new ArrayList<>();
    answer.path("accepted").forEach(a -> ids.add(a.get("id").asText()));
    assertThat(ids).hasSize(articles.size());
    return ids;
  }

  private static ObjectNode story(String id, String source, String headline, String body) {
    return JSON.createObjectNode().put("url", "https://" + source.toLowerCase() + ".example/" + id)
        .put("source", source).put("headline", headline).put("body", body).put("lang", "en");
  }

  /** Articles about nothing any subscription asks for, each different. */
  private static List<ObjectNode> filler(Random random, String batch, int n) {
    String[] words = {"council", "library", "budget", "harvest", "festival", "bridge", "museum", "railway", "school",
        "river", "orchestra", "stadium", "market", "garden", "harbour", "theatre", "clinic", "airport", "forest", "cycle"};
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder body = new StringBuilder();
      for (int s = 0; s < 4; s++) {
        body.append("The ").append(words[random.nextInt(words.length)]).append(" committee discussed the ")
            .append(words[random.nextInt(words.length)]).append(" plan number ").append(random.nextInt(100_000))
            .append(" on Tuesday. ");
      }
      out.add(JSON.createObjectNode().put("url", "https://local.example/" + batch + "/" + i).put("source", "Local")
          .put("headline", "Local " + words[random.nextInt(words.length)] + " news " + batch + i)
          .put("body", body.toString()).put("lang", "en"));
    }
    return out;
  }

  private JsonNode get(String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return r.statusCode() == 200 ? JSON.readTree(r.body()) : JSON.createObjectNode();
  }

  private static Set<String> ids(JsonNode page) {
    Set<String> ids = new HashSet<>();
    page.path("items").forEach(i -> ids.add(i.path("id").asText()));
    return ids;
  }

  private static long newAlertsTo(RecordingWebhookServer receiver, String path) {
    return receiver.accepted().stream().filter(r -> r.path().equals(path))
        .filter(r -> r.bodyText().contains("\"NEW\"")).count();
  }

  /** Receiver path → story id → the Idempotency-Keys of the NEW alerts it got for that story. */
  private static Map<String, Map<String, Set<String>>> newAlertKeys(RecordingWebhookServer receiver) throws Exception {
    Map<String, Map<String, Set<String>>> out = new TreeMap<>();
    for (RecordingWebhookServer.Received r : receiver.accepted()) {
      JsonNode alert = JSON.readTree(r.body());
      if (alert.path("kind").asText().equals("NEW")) {
        out.computeIfAbsent(r.path(), p -> new TreeMap<>())
            .computeIfAbsent(alert.path("storyId").asText(), s -> new HashSet<>())
            .add(r.header(WebhookSigner.IDEMPOTENCY_HEADER));
      }
    }
    return out;
  }

  private static String summary(Map<String, Map<String, Set<String>>> news) {
    return news.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().size() + " stor"
            + (e.getValue().size() == 1 ? "y" : "ies") + ", keys " + e.getValue().values().stream()
            .mapToInt(Set::size).sum())
        .collect(Collectors.joining("; ", "{", "}"));
  }

  /** Every committed record of {@code topic}, counted by key. */
  private static Map<String, Integer> countByKey(String bootstrap, String topic) {
    Map<String, Integer> counts = new HashMap<>();
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(
        ClientConfig.of(bootstrap, null).reader("roles-it-count", ClientConfig.Reading.DEFAULT),
        new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
          counts.merge(r.key(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }
}
