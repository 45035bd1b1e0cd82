package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.wirewatch.client.ClientConfig;
import io.wirewatch.cli.Main;
import io.wirewatch.roles.EnrichRole;
import io.wirewatch.roles.WebRole;
import io.wirewatch.testkit.IndependentAvroReader;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.testkit.SampleTexts;
import io.wirewatch.testkit.SampleTexts.Script;
import io.wirewatch.topics.TopicNames;
import io.wirewatch.web.ReadinessCheck;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Bodies of real size and every script through the whole pipeline, not just into Kafka: posted to
 * {@code POST /api/articles}, enriched by the real rules, then read back from
 * {@code news.articles.enriched} and the {@code news.topic.*} routing topics (by
 * {@link IndependentAvroReader}, which shares no code with the writers), from {@code replay} to
 * JSON Lines, CSV and Avro files (read with Jackson, Commons CSV and Avro's own file reader), and
 * from {@code GET /api/articles}.
 *
 * <p>Each body opens with a sentence that reports a sanctions veto and closes with one that reports
 * an expulsion, with the generated text between: both events must be found with their sentences
 * taken from the body as sent, which shows the enrichment read the whole body. A failure names
 * the seed: rerun with {@code -Droundtrip.seed=N}.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class PipelineBodyRoundTripIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
  static final long SEED = Long.getLong("roundtrip.seed", System.nanoTime());
  static final int LIMIT = 512 * 1024;
  static final String LEAD = "China and Russia on Thursday blocked a U.S. bid at the United Nations Security Council "
      + "to impose new sanctions on North Korea.";
  static final String TAIL = "On Friday the German government expelled two Russian diplomats.";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static Path stateDir;
  static EnrichRole enrich;
  static WebRole web;
  static IndependentAvroReader reader;
  /** Headline to body, in the order posted. */
  static final Map<String, String> SENT = new LinkedHashMap<>();

  @BeforeAll
  static void start() throws Exception {
    System.out.println("PipelineBodyRoundTripIT seed " + SEED + " (rerun with -Droundtrip.seed=" + SEED + ")");
    kafka.createWirewatchTopics();
    Properties client = kafka.clientProperties();
    stateDir = Files.createTempDirectory("wirewatch-roundtrip-");
    enrich = EnrichRole.start(EnrichmentApp.Settings.defaults(client, stateDir), EnrichRole.Options.defaults());
    web = WebRole.start(new WebRole.Config(ClientConfig.of(client), 0, null), List.of(ReadinessCheck.streams("enrichment", () -> enrich.app().state())));
    reader = new IndependentAvroReader(kafka.bootstrapServers(), kafka.schemaRegistryUrl());
    enrich.awaitRunning(Duration.ofSeconds(90));

    long s = SEED;
    int[] sizes = {400, 3_500, 4_199, 6_149, 20_000, 200_000};
    for (Script script : Script.values()) {
      for (int size : sizes) {
        add(script, size, s++);
      }
    }
    add(Script.CJK, LIMIT, s++);
    add(Script.EMOJI, LIMIT, s++);
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < 6; i++) {
      add(Script.values()[random.nextInt(Script.values().length)], 300 + random.nextInt(40_000), s++);
    }
    for (Map.Entry<String, String> e : SENT.entrySet()) {
      String json = JSON.createObjectNode().put("headline", e.getKey()).put("body", e.getValue())
          .put("source", "Round Trip").put("published", "2026-12-01T10:00:00Z").toString();
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/api/articles"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as("%s: %s", e.getKey(), r.body()).isEqualTo(202);
    }
  }

  /** An article of exactly {@code bytes} bytes of body: the lead, generated text, the tail. */
  static void add(Script script, int bytes, long seed) {
    int middle = bytes - SampleTexts.utf8(LEAD) - SampleTexts.utf8(TAIL) - 4;
    String body = LEAD + "\n\n" + SampleTexts.body(script, middle, seed) + "\n\n" + TAIL;
    assertThat(SampleTexts.utf8(body)).isEqualTo(bytes);
    SENT.put("Round trip " + script.label() + " " + bytes + " bytes s" + seed, body);
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {web, enrich}) {
      if (c != null) {
        c.close();
      }
    }
  }

  /** Reads {@code topic} (read_committed) until every sent article is in it; headline to its article records. */
  static Map<String, List<GenericRecord>> awaitAll(String topic) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
    while (true) {
      Map<String, List<GenericRecord>> byHeadline = new HashMap<>();
      for (IndependentAvroReader.Row row : reader.readAll(topic, true)) {
        GenericRecord article = (GenericRecord) row.value().get("article");
        String headline = IndependentAvroReader.strictUtf8(article.get("headline"), topic + " " + row.key());
        byHeadline.computeIfAbsent(headline, h -> new ArrayList<>()).add(row.value());
      }
      if (byHeadline.keySet().containsAll(SENT.keySet()) || System.nanoTime() > deadline) {
        return byHeadline;
      }
      TimeUnit.SECONDS.sleep(2);
    }
  }

  /** The topics of an enriched record's events, and that each event's sentence is in its field as sent. */
  static List<String> checkEvents(String headline, GenericRecord enriched) {
    List<String> topics = new ArrayList<>();
    for (Object o : (List<?>) enriched.get("events")) {
      GenericRecord event = (GenericRecord) o;
      topics.add(event.get("topic").toString());
      if ("BODY".equals(String.valueOf(event.get("sentenceField")))) {
        assertThat(SENT.get(headline)).as("%s: %s sentence (seed %d)", headline, event.get("topic"), SEED)
            .contains(event.get("sentence").toString());
      }
    }
    return topics;
  }

  @Test
  void enrichedAndRoutedRecordsHoldEveryBodyOnceAndBothItsEvents() throws Exception {
    Map<String, List<GenericRecord>> enriched = awaitAll(TopicNames.ARTICLES_ENRICHED);
    for (Map.Entry<String, String> sent : SENT.entrySet()) {
      String headline = sent.getKey();
      List<GenericRecord> copies = enriched.get(headline);
      assertThat(copies).as("%s in %s (seed %d)", headline, TopicNames.ARTICLES_ENRICHED, SEED).hasSize(1);
      GenericRecord article = (GenericRecord) copies.get(0).get("article");
      assertThat(IndependentAvroReader.strictUtf8(article.get("body"), headline))
          .as("%s body (seed %d)", headline, SEED).isEqualTo(sent.getValue());
      assertThat(checkEvents(headline, copies.get(0))).as("%s events (seed %d)", headline, SEED)
          .contains("sanctions-blocked", "diplomat-expelled");
    }
    for (String topic : List.of("sanctions-blocked", "diplomat-expelled")) {
      Map<String, List<GenericRecord>> routed = awaitAll(TopicNames.forEventTopic(topic));
      for (Map.Entry<String, String> sent : SENT.entrySet()) {
        List<GenericRecord> copies = routed.get(sent.getKey());
        assertThat(copies).as("%s in news.topic.%s (seed %d)", sent.getKey(), topic, SEED).hasSize(1);
        GenericRecord article = (GenericRecord) copies.get(0).get("article");
        assertThat(IndependentAvroReader.strictUtf8(article.get("body"), sent.getKey())).isEqualTo(sent.getValue());
      }
    }
  }

  @Test
  void replayWritesEveryBodyToJsonLinesCsvAndAvroFiles() throws Exception {
    awaitAll(TopicNames.ARTICLES_ENRICHED);
    // Raw articles as JSON Lines carry the body itself.
    Path rawJsonl = replay(TopicNames.ARTICLES_RAW, "jsonl");
    Map<String, String> rawBodies = new HashMap<>();
    for (String line : Files.readAllLines(rawJsonl, StandardCharsets.UTF_8)) {
      JsonNode n = JSON.readTree(line);
      rawBodies.put(n.path("headline").asText(), n.path("body").asText());
    }
    assertThat(rawBodies).containsAllEntriesOf(SENT);

    // Enriched articles as Avro files carry the whole record; as JSON Lines and CSV, the tags.
    Map<String, String> avroBodies = new HashMap<>();
    try (InputStream in = Files.newInputStream(replay(TopicNames.ARTICLES_ENRICHED, "avro"));
        DataFileStream<GenericRecord> file = new DataFileStream<>(in, new GenericDatumReader<>())) {
      for (GenericRecord r : file) {
        GenericRecord article = (GenericRecord) r.get("article");
        avroBodies.put(article.get("headline").toString(), IndependentAvroReader.strictUtf8(article.get("body"), "avro file"));
      }
    }
    assertThat(avroBodies).containsAllEntriesOf(SENT);

    Map<String, JsonNode> tagged = new HashMap<>();
    for (String line : Files.readAllLines(replay(TopicNames.ARTICLES_ENRICHED, "jsonl"), StandardCharsets.UTF_8)) {
      JsonNode n = JSON.readTree(line);
      tagged.put(n.path("headline").asText(), n);
    }
    for (String headline : SENT.keySet()) {
      assertThat(tagged).as("%s in the JSON Lines replay", headline).containsKey(headline);
      assertSentencesFromBody(headline, tagged.get(headline));
    }

    Map<String, CSVRecord> rows = new HashMap<>();
    try (Reader in = Files.newBufferedReader(replay(TopicNames.ARTICLES_ENRICHED, "csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        rows.put(row.get("headline"), row);
      }
    }
    for (String headline : SENT.keySet()) {
      assertThat(rows).as("%s in the CSV replay", headline).containsKey(headline);
      assertThat(rows.get(headline).get("event_topics")).contains("sanctions-blocked").contains("diplomat-expelled");
    }
  }

  @Test
  void theHistoryApiShowsEveryArticleWithEvidenceFromItsWholeBody() throws Exception {
    awaitAll(TopicNames.ARTICLES_ENRICHED);
    Map<String, JsonNode> shown = new HashMap<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!shown.keySet().containsAll(SENT.keySet()) && System.nanoTime() < deadline) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + web.port() + "/api/articles?source=Round%20Trip&limit=500")).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode answer = JSON.readTree(r.body());
      ArrayNode items = (ArrayNode) answer.path("items");
      items.forEach(n -> shown.put(n.path("headline").asText(), n));
      TimeUnit.MILLISECONDS.sleep(500);
    }
    for (String headline : SENT.keySet()) {
      assertThat(shown).as("%s in GET /api/articles", headline).containsKey(headline);
      assertSentencesFromBody(headline, shown.get(headline));
    }
  }

  /** Both events are in the JSON shape, each body sentence exactly as sent. */
  static void assertSentencesFromBody(String headline, JsonNode article) {
    List<String> topics = new ArrayList<>();
    for (JsonNode event : article.path("events")) {
      topics.add(event.path("topic").asText());
      if (event.path("sentenceField").asText().equals("BODY")) {
        assertThat(SENT.get(headline)).as("%s: %s sentence (seed %d)", headline, event.path("topic").asText(), SEED)
            .contains(event.path("sentence").asText());
      }
    }
    assertThat(topics).as("%s events (seed %d)", headline, SEED).contains("sanctions-blocked", "diplomat-expelled");
  }

  /** {@code wirewatch replay} of a whole topic to a file; the file. */
  static Path replay(String topic, String format) {
    Path out = dir.resolve(topic + "." + format);
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("replay", "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url",
        kafka.schemaRegistryUrl(), "--topic", topic, "--from", "2000-01-01", "--format", format, "--output", out.toString());
    assertThat(code).as(err.toString()).isZero();
    return out;
  }
}
