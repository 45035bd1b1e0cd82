package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.wirewatch.cli.IngestCommand;
import io.wirewatch.ingest.feed.BackoffPolicy;
import io.wirewatch.ingest.feed.FeedPoller;
import io.wirewatch.ingest.http.ArticleIngestRoutes;
import io.wirewatch.testkit.IndependentAvroReader;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.testkit.SampleTexts;
import io.wirewatch.testkit.SampleTexts.Script;
import io.wirewatch.topics.TopicNames;
import io.wirewatch.web.WebServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every way in, at real sizes and in every script: article bodies from 100 bytes to the size
 * limit, on both sides of every buffer ingest has had, in Latin, accented Latin, Cyrillic, Arabic,
 * CJK, emoji and combining marks, plus a seeded random sample. Each is read back from the broker
 * by {@link IndependentAvroReader} (no Wirewatch code) and must equal the input byte for byte; an
 * empty body and a body one byte over the limit are refused with a message that says why, and
 * reach Kafka not at all. A failure names the seed: rerun with {@code -Droundtrip.seed=N}.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class BodyRoundTripIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  /** The documented limit, written out here rather than read from the code under test. */
  static final int LIMIT = 512 * 1024;
  static final String LIMIT_TEXT = "above the limit of 524,288 bytes";
  static final long SEED = Long.getLong("roundtrip.seed", System.nanoTime());
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static IndependentAvroReader reader;

  /** One article to send: its headline names the path, script, size and seed. */
  record Case(String path, Script script, int bytes, long seed) {
    String headline() {
      return "RT " + path + " " + script.label() + " " + bytes + " bytes s" + seed;
    }

    String body() {
      return bytes == 0 ? "" : SampleTexts.body(script, bytes, seed);
    }

    String id() {
      return "rt-" + path + "-" + script.label() + "-" + bytes + "-" + seed;
    }
  }

  @BeforeAll
  static void start() {
    kafka.createTopic(TopicNames.ARTICLES_RAW, 3);
    kafka.createTopic(TopicNames.INGEST_SEEN, 3, Map.of("cleanup.policy", "compact"));
    reader = new IndependentAvroReader(kafka.bootstrapServers(), kafka.schemaRegistryUrl());
    System.out.println("BodyRoundTripIT seed " + SEED + " (rerun with -Droundtrip.seed=" + SEED + ")");
  }

  /** Every script at every boundary size and at the limit, then a seeded random sample. */
  static List<Case> accepted(String path) {
    List<Case> cases = new ArrayList<>();
    long s = SEED;
    for (Script script : Script.values()) {
      for (int size : SampleTexts.BOUNDARY_SIZES) {
        cases.add(new Case(path, script, size, s++));
      }
      cases.add(new Case(path, script, LIMIT, s++));
    }
    SplittableRandom random = new SplittableRandom(SEED ^ path.hashCode());
    Script[] scripts = Script.values();
    for (int i = 0; i < 16; i++) {
      int size = i < 12 ? 1 + random.nextInt(30_000) : 30_000 + random.nextInt(LIMIT - 30_000);
      cases.add(new Case(path, scripts[random.nextInt(scripts.length)], size, s++));
    }
    return cases;
  }

  static Case empty(String path) {
    return new Case(path, Script.LATIN, 0, SEED);
  }

  static Case overLimit(String path) {
    return new Case(path, Script.CYRILLIC, LIMIT + 1, SEED);
  }

  /** Reads news.articles.raw back and checks every case of the path, and that the refused ones are absent. */
  static void assertReadBack(String path, List<Case> sent, List<Case> refused) {
    Map<String, String> bodies = new HashMap<>();
    Map<String, Integer> copies = new HashMap<>();
    for (IndependentAvroReader.Row row : reader.readAll(TopicNames.ARTICLES_RAW, false)) {
      String headline = row.string("headline");
      if (headline.startsWith("RT " + path + " ")) {
        bodies.put(headline, row.string("body"));
        copies.merge(headline, 1, Integer::sum);
        assertThat(row.key()).as("key of %s", headline).isEqualTo(row.string("id"));
      }
    }
    for (Case c : sent) {
      String got = bodies.get(c.headline());
      assertThat(got).as("%s: not found on the broker (seed %d)", c.headline(), SEED).isNotNull();
      String want = c.body();
      if (!got.equals(want)) {
        int at = firstDifference(got, want);
        throw new AssertionError(c.headline() + " (seed " + SEED + "): body differs at char " + at
            + " of " + want.length() + "; got " + got.length() + " chars, "
            + got.getBytes(StandardCharsets.UTF_8).length + " bytes, "
            + got.chars().filter(ch -> ch == 0).count() + " NULs; want " + want.getBytes(StandardCharsets.UTF_8).length
            + " bytes");
      }
      assertThat(copies.get(c.headline())).as("copies of %s", c.headline()).isEqualTo(1);
    }
    for (Case c : refused) {
      assertThat(bodies).as("refused article %s reached Kafka", c.headline()).doesNotContainKey(c.headline());
    }
    assertThat(bodies).as("records of path %s", path).hasSize(sent.size());
  }

  private static int firstDifference(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return n;
  }

  /** {@code wirewatch ingest file} on a folder; returns exit code, then stdout and stderr together. */
  private static String[] ingestFiles(Path folder) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new IngestCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("file", "--bootstrap-servers=" + kafka.bootstrapServers(),
        "--schema-registry-url=" + kafka.schemaRegistryUrl(), folder.toString());
    return new String[] {String.valueOf(code), out + "\n" + err};
  }

  @Test
  void wireTextFiles() throws Exception {
    List<Case> cases = accepted("wire");
    Path folder = Files.createDirectories(dir.resolve("wire"));
    int n = 0;
    for (Case c : cases) {
      Files.writeString(folder.resolve("story-" + n++ + ".txt"), c.headline() + "\n\n" + c.body() + "\n");
    }
    Files.writeString(folder.resolve("empty.txt"), empty("wire").headline() + "\n\n");
    Files.writeString(folder.resolve("over.txt"), overLimit("wire").headline() + "\n\n" + overLimit("wire").body() + "\n");

    String[] r = ingestFiles(folder);
    assertReadBack("wire", cases, List.of(empty("wire"), overLimit("wire")));
    assertThat(r[1]).contains("posted " + cases.size()).contains("skipped 2").contains(LIMIT_TEXT);
  }

  @Test
  void jsonLines() throws Exception {
    List<Case> cases = accepted("jsonl");
    Path folder = Files.createDirectories(dir.resolve("jsonl"));
    StringBuilder lines = new StringBuilder();
    List<Case> all = new ArrayList<>(cases);
    all.add(empty("jsonl"));
    all.add(overLimit("jsonl"));
    for (Case c : all) {
      ObjectNode o = JSON.createObjectNode().put("id", c.id()).put("headline", c.headline()).put("body", c.body())
          .put("source", "Round Trip");
      lines.append(JSON.writeValueAsString(o)).append('\n');
    }
    Files.writeString(folder.resolve("articles.jsonl"), lines);

    String[] r = ingestFiles(folder);
    assertReadBack("jsonl", cases, List.of(empty("jsonl"), overLimit("jsonl")));
    assertThat(r[1]).contains("posted " + cases.size()).contains("skipped 2").contains(LIMIT_TEXT);
  }

  @Test
  void ninjsDocuments() throws Exception {
    List<Case> cases = accepted("ninjs");
    Path folder = Files.createDirectories(dir.resolve("ninjs"));
    List<Case> all = new ArrayList<>(cases);
    all.add(empty("ninjs"));
    all.add(overLimit("ninjs"));
    int n = 0;
    for (Case c : all) {
      ObjectNode o = JSON.createObjectNode().put("uri", "urn:rt:" + c.id()).put("version", "1")
          .put("headline", c.headline()).put("body_text", c.body()).put("copyrightholder", "Round Trip");
      Files.writeString(folder.resolve("item-" + n++ + ".json"), JSON.writeValueAsString(o));
    }
    String[] r = ingestFiles(folder);
    assertReadBack("ninjs", cases, List.of(empty("ninjs"), overLimit("ninjs")));
    assertThat(r[1]).contains("posted " + cases.size()).contains("skipped 2").contains(LIMIT_TEXT);
  }

  private static String html(String body) {
    StringBuilder sb = new StringBuilder();
    for (String p : body.split("\n\n", -1)) {
      sb.append("<p>").append(p).append("</p>");
    }
    return sb.toString();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void rssAndAtomItems() throws Exception {
    List<Case> rssCases = accepted("rss");
    List<Case> atomCases = accepted("atom");
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Round trip</title><link>https://rt.example/</link><description>Round trip</description>\n");
    List<Case> rssAll = new ArrayList<>(rssCases);
    rssAll.add(empty("rss"));
    rssAll.add(overLimit("rss"));
    for (Case c : rssAll) {
      rss.append("<item><title>").append(xml(c.headline())).append("</title><guid isPermaLink=\"false\">")
          .append(c.id()).append("</guid><description>").append(xml(html(c.body()))).append("</description></item>\n");
    }
    rss.append("</channel></rss>\n");
    StringBuilder atom = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Round trip</title><id>urn:rt:atom</id>"
        + "<updated>2026-11-20T10:00:00Z</updated>\n");
    List<Case> atomAll = new ArrayList<>(atomCases);
    atomAll.add(empty("atom"));
    atomAll.add(overLimit("atom"));
    for (Case c : atomAll) {
      atom.append("<entry><title>").append(xml(c.headline())).append("</title><id>urn:rt:").append(c.id())
          .append("</id><updated>2026-11-20T10:00:00Z</updated><content type=\"html\">").append(xml(html(c.body())))
          .append("</content></entry>\n");
    }
    atom.append("</feed>\n");

    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    for (var e : Map.of("/rss.xml", rss.toString(), "/atom.xml", atom.toString()).entrySet()) {
      byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
      server.createContext(e.getKey(), ex -> {
        ex.getResponseHeaders().add("Content-Type", "application/xml; charset=utf-8");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      });
    }
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      IngestStats stats = new IngestStats();
      try (ArticleProducer producer = IngestRuntime.producerWithMemory(kafka.clientProperties(), Duration.ofSeconds(30))) {
        new FeedPoller(List.of(URI.create(base + "/rss.xml"), URI.create(base + "/atom.xml")),
            FeedPoller.defaultHttpClient(), producer, stats, Duration.ofMinutes(1), BackoffPolicy.defaults(),
            Clock.systemUTC()).pollAll();
      }
      assertReadBack("rss", rssCases, List.of(empty("rss"), overLimit("rss")));
      assertReadBack("atom", atomCases, List.of(empty("atom"), overLimit("atom")));
      assertThat(stats.postedCount()).as(stats.summary()).isEqualTo(rssCases.size() + atomCases.size());
      assertThat(stats.skippedCount()).as(stats.summary()).isEqualTo(4);
      assertThat(stats.skippedByReason().keySet()).as(stats.summary()).anyMatch(reason -> reason.contains("limit"));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void httpPost() throws Exception {
    List<Case> cases = accepted("http");
    Case good = new Case("http", Script.ARABIC, 4_321, SEED + 999);
    HttpClient http = HttpClient.newHttpClient();
    Map<String, HttpResponse<String>> answers = new HashMap<>();
    try (ArticleProducer producer = IngestRuntime.producerWithMemory(kafka.clientProperties(), Duration.ofSeconds(30));
        WebServer server = WebServer.start(0, List.of(new ArticleIngestRoutes(producer, new IngestStats(),
            ArticleIngestRoutes.DEFAULT_MAX_BYTES, null)))) {
      URI api = URI.create("http://127.0.0.1:" + server.port() + "/api/articles");
      for (Case c : cases) {
        HttpResponse<String> r = post(http, api, c);
        assertThat(r.statusCode()).as("%s: %s", c.headline(), r.body()).isEqualTo(202);
      }
      answers.put("empty", post(http, api, empty("http")));
      answers.put("over", post(http, api, overLimit("http")));
      // in one batch with a good article, the oversized one is rejected and the good one kept
      ArrayNode batch = JSON.createArrayNode();
      batch.add(json(good));
      batch.add(json(overLimit("http")));
      answers.put("mixed", http.send(HttpRequest.newBuilder(api).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(batch))).build(),
          HttpResponse.BodyHandlers.ofString()));
    }
    cases.add(good);
    assertReadBack("http", cases, List.of(empty("http"), overLimit("http")));
    assertThat(answers.get("empty").statusCode()).as(answers.get("empty").body()).isEqualTo(422);
    assertThat(answers.get("empty").body()).contains("body");
    assertThat(answers.get("over").statusCode()).as(answers.get("over").body()).isEqualTo(422);
    assertThat(answers.get("over").body()).contains(LIMIT_TEXT);
    assertThat(answers.get("mixed").statusCode()).as(answers.get("mixed").body()).isEqualTo(202);
    assertThat(answers.get("mixed").body()).contains(LIMIT_TEXT);
  }

  private static ObjectNode json(Case c) {
    return JSON.createObjectNode().put("id", c.id()).put("headline", c.headline()).put("body", c.body())
        .put("source", "Round Trip");
  }

  private static HttpResponse<String> post(HttpClient http, URI api, Case c) throws Exception {
    return http.send(HttpRequest.newBuilder(api).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json(c)))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void demoFeeder() throws Exception {
    List<Case> cases = accepted("demo");
    List<RawArticle> articles = new ArrayList<>();
    for (Case c : cases) {
      articles.add(RawArticle.builder().sourceId(c.id()).headline(c.headline()).body(c.body()).source("Round Trip")
          .format(io.wirewatch.avro.SourceFormat.OTHER).origin("demo").build());
    }
    try (ArticleProducer producer = IngestRuntime.producerWithMemory(kafka.clientProperties(), Duration.ofSeconds(30));
        DemoFeeder feeder = new DemoFeeder(producer, Duration.ZERO, () -> articles)) {
      feeder.start();
      assertThat(feeder.awaitDone(Duration.ofMinutes(2))).isTrue();
      assertThat(feeder.postedCount()).isEqualTo(cases.size());
    }
    assertReadBack("demo", cases, List.of());
  }
}
