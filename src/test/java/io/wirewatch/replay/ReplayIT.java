package io.wirewatch.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.cli.Main;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.topics.TopicNames;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code wirewatch replay} against a real broker: ten days of articles, exact windows, every format. */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ReplayIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  static final Instant DAY0 = Instant.parse("2026-01-01T00:00:00Z");
  static final String[] SOURCES = {"UPI", "AP", "Reuters"};
  static final String[] COUNTRIES = {"KP", "IR", "FR", "US"};
  static final String[] TOPICS = {"sanctions-blocked", "nuclear", "diplomatic-talks", "missile-launch", "un-veto"};
  /** Article id → record timestamp, for every enriched article produced. */
  static final Map<String, Instant> STAMPS = new LinkedHashMap<>();
  static final Map<String, EnrichedArticle> BY_ID = new LinkedHashMap<>();

  @TempDir Path dir;

  @BeforeAll
  static void tenDaysOfArticles() throws Exception {
    kafka.createTopic(TopicNames.ARTICLES_ENRICHED, 3);
    kafka.createTopic(TopicNames.ARTICLES_RAW, 3);
    kafka.createTopic("news.alerts", 1);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, EnrichedArticle> enriched = new KafkaProducer<>(p, new StringSerializer(),
            Fixtures.serde(EnrichedArticle.class, kafka.clientConfig()).serializer());
        KafkaProducer<String, Article> raw = new KafkaProducer<>(p, new StringSerializer(),
            Fixtures.serde(Article.class, kafka.clientConfig()).serializer())) {
      List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
      int n = 0;
      for (int day = 0; day < 10; day++) {
        for (int i = 0; i < 12; i++) {
          Instant ts = DAY0.plus(Duration.ofDays(day)).plus(Duration.ofHours(2L * i)).plusSeconds(n % 7);
          String id = "d" + day + "-" + i;
          Article a = Fixtures.article(id, SOURCES[n % 3], "Headline " + id, ts);
          EnrichedArticle e = Fixtures.enriched(a, List.of(COUNTRIES[n % 4]), List.of(TOPICS[n % 5]));
          STAMPS.put(id, ts);
          BY_ID.put(id, e);
          acks.add(enriched.send(new ProducerRecord<>(TopicNames.ARTICLES_ENRICHED, null, ts.toEpochMilli(), id, e)));
          acks.add(raw.send(new ProducerRecord<>(TopicNames.ARTICLES_RAW, null, ts.toEpochMilli(), id, a)));
          n++;
        }
      }
      // Every record acknowledged, or the setup fails: the expected answers assume all of them.
      for (java.util.concurrent.Future<?> f : acks) {
        f.get();
      }
    }
  }

  record Run(int code, String out, String err) {}

  Run replay(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("replay", "--bootstrap-servers", kafka.bootstrapServers(),
        "--schema-registry-url", kafka.schemaRegistryUrl()));
    all.addAll(List.of(args));
    int code = cl.execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  /** Ids whose timestamps fall in [from, to) and pass the predicate: the answer computed from the input. */
  static List<String> expected(String from, String to, java.util.function.Predicate<EnrichedArticle> keep) {
    Instant f = Instant.parse(from);
    Instant t = Instant.parse(to);
    return STAMPS.entrySet().stream()
        .filter(e -> !e.getValue().isBefore(f) && e.getValue().isBefore(t))
        .filter(e -> keep.test(BY_ID.get(e.getKey())))
        .map(Map.Entry::getKey).sorted().toList();
  }

  static final String FROM = "2026-01-03T00:00:00Z";
  static final String TO = "2026-01-05T00:00:00Z";

  @Test
  void twoDayWindowAsJsonLinesHoldsExactlyTheArticlesOfThoseDays() throws Exception {
    Path file = dir.resolve("window.jsonl");
    Run r = replay("--from", "2026-01-03", "--to", "2026-01-05T00:00Z", "--output", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    List<String> ids;
    try (Stream<String> lines = Files.lines(file)) {
      ids = lines.map(l -> {
        try {
          return json.readTree(l).get("id").asText();
        } catch (Exception e) {
          throw new IllegalStateException(l, e);
        }
      }).sorted().toList();
    }
    List<String> want = expected(FROM, TO, e -> true);
    assertThat(want).hasSize(24);
    assertThat(ids).containsExactlyElementsOf(want);
    assertThat(r.out()).contains("24 records read, 24 matched, 24 written");
  }

  @Test
  void twoDayWindowAsCsvHoldsExactlyTheArticlesOfThoseDays() throws Exception {
    Path file = dir.resolve("window.csv");
    Run r = replay("--from", FROM, "--to", TO, "--format", "csv", "--output", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<CSVRecord> rows;
    try (Reader in = Files.newBufferedReader(file)) {
      rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
    assertThat(rows.stream().map(x -> x.get("id")).sorted().toList()).containsExactlyElementsOf(expected(FROM, TO, e -> true));
    CSVRecord any = rows.get(0);
    EnrichedArticle src = BY_ID.get(any.get("id"));
    assertThat(any.get("event_topics")).isEqualTo(src.getEvents().get(0).getTopic());
    assertThat(any.get("source")).isEqualTo(src.getArticle().getSource());
  }

  @Test
  void twoDayWindowAsAvroFileReadsBackWithDataFileReader() throws Exception {
    Path file = dir.resolve("window.avro");
    Run r = replay("--from", FROM, "--to", TO, "--format", "AVRO", "--output", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> ids = new ArrayList<>();
    try (DataFileReader<EnrichedArticle> in = new DataFileReader<>(file.toFile(),
        new SpecificDatumReader<>(EnrichedArticle.class))) {
      assertThat(in.getSchema()).isEqualTo(EnrichedArticle.getClassSchema());
      for (EnrichedArticle e : in) {
        ids.add(e.getId());
        assertThat(e).isEqualTo(BY_ID.get(e.getId()));
      }
    }
    assertThat(ids.stream().sorted().toList()).containsExactlyElementsOf(expected(FROM, TO, e -> true));
  }

  @Test
  void filtersKeepOnlyMatchingArticles() throws Exception {
    Path file = dir.resolve("filtered.csv");
    Run r = replay("--from", "2026-01-01", "--to", "2026-01-11", "--format", "csv", "--output", file.toString(),
        "--filter", "topic=sanctions-blocked", "--filter", "topic=nuclear", "--filter", "source=UPI");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> want = expected("2026-01-01T00:00:00Z", "2026-01-11T00:00:00Z",
        e -> e.getArticle().getSource().equals("UPI")
            && List.of("sanctions-blocked", "nuclear").contains(e.getEvents().get(0).getTopic()));
    assertThat(want).isNotEmpty().hasSizeLessThan(STAMPS.size() / 3);
    List<CSVRecord> rows;
    try (Reader in = Files.newBufferedReader(file)) {
      rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
    assertThat(rows.stream().map(x -> x.get("id")).sorted().toList()).containsExactlyElementsOf(want);
    assertThat(r.out()).contains(STAMPS.size() + " records read, " + want.size() + " matched");
  }

  @Test
  void countryFilterOnStandardOutput() {
    Run r = replay("--from", FROM, "--to", TO, "--filter", "country=KP");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> ids = r.out().lines().map(l -> l.replaceAll("^\\{\"id\":\"([^\"]+)\".*$", "$1")).sorted().toList();
    assertThat(ids).containsExactlyElementsOf(
        expected(FROM, TO, e -> e.getCountries().get(0).getCode().equals("KP")));
    assertThat(r.err()).contains("matched");
  }

  @Test
  void rawTopicReplaysArticlesFilteredBySource() throws Exception {
    Path file = dir.resolve("raw.avro");
    Run r = replay("--topic", TopicNames.ARTICLES_RAW, "--from", FROM, "--to", TO, "--format", "avro",
        "--filter", "source=AP", "--output", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> ids = new ArrayList<>();
    try (DataFileReader<Article> in = new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(Article.class))) {
      in.forEach(a -> ids.add(a.getId()));
    }
    assertThat(ids.stream().sorted().toList())
        .containsExactlyElementsOf(expected(FROM, TO, e -> e.getArticle().getSource().equals("AP")));
  }

  @Test
  void emptyRangeWritesNothingAndSaysSo() throws Exception {
    Path file = dir.resolve("empty.csv");
    Run r = replay("--from", "2025-06-01", "--to", "2025-06-02", "--format", "csv", "--output", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readAllLines(file)).containsExactly(String.join(",", io.wirewatch.replay.export.CsvColumns.HEADER));
    assertThat(r.out()).contains("0 records read, 0 matched, 0 written");
  }

  @Test
  void openRangeReadsToTheEndCapturedAtStart() throws Exception {
    Path file = dir.resolve("tail.jsonl");
    Run r = replay("--from", "2026-01-09", "--output", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readAllLines(file)).hasSize(expected("2026-01-09T00:00:00Z", "2100-01-01T00:00:00Z", e -> true).size());
  }

  @Test
  void recentFeedLoadsTheTopicTailAndServesItNewestFirstOverHttp() throws Exception {
    io.wirewatch.replay.http.RecentRecords<EnrichedArticle> ring = new io.wirewatch.replay.http.RecentRecords<>(30);
    try (var feed = io.wirewatch.replay.http.RecentFeed.start(kafka.clientProperties(), TopicNames.ARTICLES_ENRICHED,
        Fixtures.serde(EnrichedArticle.class, kafka.clientConfig()).deserializer(), ring)) {
      assertThat(feed.awaitCaughtUp(Duration.ofSeconds(60))).isTrue();
      // 30 / 3 partitions = the last 10 of each partition: exactly the ring's capacity.
      assertThat(ring.size()).isEqualTo(30);
      io.javalin.Javalin app = io.javalin.Javalin.create();
      io.wirewatch.replay.http.HistoryRoutes.register(app, ring,
          new io.wirewatch.replay.http.RecentRecords<io.wirewatch.avro.Story>(10));
      app.start(0);
      try {
        var http = java.net.http.HttpClient.newHttpClient();
        var resp = http.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://localhost:" + app.port() + "/api/articles?limit=3")).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(resp.body()).get("items").forEach(n -> ids.add(n.get("id").asText()));
        List<String> newest = STAMPS.entrySet().stream()
            .sorted(Map.Entry.<String, Instant>comparingByValue().reversed()).limit(3).map(Map.Entry::getKey).toList();
        assertThat(ids).containsExactlyElementsOf(newest);
      } finally {
        app.stop();
      }
    }
  }

  @Test
  void fromAfterToIsRefused() {
    Run r = replay("--from", "2026-01-05", "--to", "2026-01-03");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--from 2026-01-05T00:00:00Z is not before --to 2026-01-03T00:00:00Z");
  }

  @Test
  void unknownTopicListsTheWirewatchTopicsThatExist() {
    Run r = replay("--topic", "news.articles.enriched.v9", "--from", FROM);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("topic 'news.articles.enriched.v9' does not exist")
        .contains("news.articles.enriched, news.articles.raw");
  }

  @Test
  void topicThatHoldsNoArticlesIsRefusedWithTheOnesThatDo() {
    Run r = replay("--topic", "news.alerts", "--from", FROM);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("replay cannot read topic 'news.alerts'").contains("news.articles.raw");
  }

  @Test
  void unwritableOutputIsRefusedBeforeReading() {
    Path missing = dir.resolve("no-such-dir").resolve("out.jsonl");
    Run r = replay("--from", FROM, "--output", missing.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("does not exist — create it first");
    assertThat(missing).doesNotExist();
  }

  @Test
  void unreadableTimeNamesTheFormatsItTakes() {
    Run r = replay("--from", "last tuesday");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--from 'last tuesday' is not a time").contains("2026-01-01T00:00Z")
        .contains("-7d").contains("now");
  }

  @Test
  void countryFilterOnRawTopicIsRefused() {
    Run r = replay("--topic", TopicNames.ARTICLES_RAW, "--from", FROM, "--filter", "country=KP");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("need enriched articles");
  }
}
