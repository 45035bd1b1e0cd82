package io.wirewatch.replay.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.UserException;
import io.wirewatch.avro.Article;
import io.wirewatch.cli.Main;
import io.wirewatch.cli.RulesCommand;
import io.wirewatch.replay.Fixtures;
import io.wirewatch.replay.HistoryReader;
import io.wirewatch.replay.TimeRange;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.topics.TopicNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
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

/**
 * Backtests on a real broker with a stand-in rule engine: a rule file is lines of
 * {@code topic: word}, and an article has the topic when its headline contains the word. The
 * change between the two rule files is known in advance, so are the added and removed ids.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class BacktestIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
  static final Instant DAY0 = Instant.parse("2026-02-01T00:00:00Z");

  static final String[] HEADLINES = {
    "China, Russia block bid at the UN",         // 0 sanctions-blocked under both
    "EU imposes sanctions on shadow fleet",      // 1 sanctions-imposed under both
    "Moldova will expel Russian diplomat",       // 2 added: diplomat-expelled
    "UK imposes sanctions on oil traders",       // 3 sanctions-imposed under both
    "Norway to expel two envoys",                // 4 added: diplomat-expelled
    "US lifts sanctions on Venezuelan oil",      // 5 removed under NEW: 'sanctions' rule now needs 'imposes'
    "Storms cut power in Georgia",               // 6 nothing
  };

  @TempDir Path dir;

  @BeforeAll
  static void rawHistory() throws Exception {
    kafka.createTopic(TopicNames.ARTICLES_RAW, 2);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (KafkaProducer<String, Article> raw = new KafkaProducer<>(p, new StringSerializer(),
        Fixtures.serde(Article.class, kafka.clientConfig()).serializer())) {
      for (int day = 0; day < 3; day++) {
        for (int i = 0; i < HEADLINES.length; i++) {
          Instant ts = DAY0.plus(Duration.ofDays(day)).plus(Duration.ofHours(i));
          Article a = Fixtures.article("d" + day + "-" + i, "AP", HEADLINES[i], ts);
          raw.send(new ProducerRecord<>(TopicNames.ARTICLES_RAW, null, ts.toEpochMilli(), a.getId(), a)).get();
        }
      }
    }
  }

  /** Keyword rules: one {@code topic: word [+ word...]} per line; all words must be in the headline. */
  static final class KeywordTaggers implements TaggerFactory {
    static final String BUNDLED = "sanctions-blocked: block\nsanctions-imposed: sanctions\n";

    @Override
    public EventTagger fromFile(Path rules) {
      try {
        return parse(Files.readString(rules));
      } catch (NoSuchFileException e) {
        throw new UserException("rule file " + rules + " does not exist");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public EventTagger bundled() {
      return parse(BUNDLED);
    }

    static EventTagger parse(String text) {
      List<String[]> rules = new ArrayList<>();
      text.lines().filter(l -> l.contains(":")).forEach(l -> rules.add(l.split(":\\s*", 2)));
      return a -> {
        String h = a.getHeadline().toLowerCase(Locale.ROOT);
        List<EventTagger.TopicHit> hits = new ArrayList<>();
        for (String[] r : rules) {
          boolean all = true;
          for (String w : r[1].split("\\s*\\+\\s*")) {
            all &= h.contains(w.trim());
          }
          if (all) {
            hits.add(new EventTagger.TopicHit(r[0].trim(), a.getHeadline(), 0.9));
          }
        }
        return hits;
      };
    }
  }

  static final String NEW_RULES = "sanctions-blocked: block\nsanctions-imposed: sanctions + imposes\n"
      + "diplomat-expelled: expel\n";

  @Test
  void countsAddedAndRemovedMatchesPerTopicExactly() throws Exception {
    // Days 0 and 1 only: [DAY0, DAY0 + 2d).
    TimeRange range = new TimeRange(DAY0, DAY0.plus(Duration.ofDays(2)));
    List<BacktestChange> all = new ArrayList<>();
    BacktestReport r = new Backtest(kafka.clientProperties(), Fixtures.serde(Article.class, kafka.clientConfig()).deserializer())
        .run(range, KeywordTaggers.parse(KeywordTaggers.BUNDLED), KeywordTaggers.parse(NEW_RULES), all::add, 1,
            HistoryReader.ProgressListener.NONE);

    assertThat(r.articles()).isEqualTo(2L * HEADLINES.length);
    assertThat(all).filteredOn(c -> c.change() == BacktestChange.Kind.ADDED).extracting(BacktestChange::articleId)
        .containsExactlyInAnyOrder("d0-2", "d0-4", "d1-2", "d1-4");
    assertThat(all).filteredOn(c -> c.change() == BacktestChange.Kind.REMOVED).extracting(BacktestChange::articleId)
        .containsExactlyInAnyOrder("d0-5", "d1-5");
    BacktestReport.TopicCounts imposed = r.topic("sanctions-imposed");
    assertThat(List.of(imposed.current(), imposed.proposed(), imposed.added(), imposed.removed()))
        .containsExactly(6L, 4L, 0L, 2L);
    BacktestReport.TopicCounts expelled = r.topic("diplomat-expelled");
    assertThat(List.of(expelled.current(), expelled.proposed(), expelled.added(), expelled.removed()))
        .containsExactly(0L, 4L, 4L, 0L);
    BacktestReport.TopicCounts blocked = r.topic("sanctions-blocked");
    assertThat(List.of(blocked.current(), blocked.proposed(), blocked.added(), blocked.removed()))
        .containsExactly(2L, 2L, 0L, 0L);
    assertThat(expelled.samples()).hasSize(1);
    assertThat(r.topics().get(0).topic()).isEqualTo("diplomat-expelled");
  }

  record Run(int code, String out, String err) {}

  Run rules(String... args) {
    RulesCommand.useTaggers(new KeywordTaggers());
    CommandLine cl = Main.commandLine();
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("rules", "backtest", "--bootstrap-servers", kafka.bootstrapServers(),
        "--schema-registry-url", kafka.schemaRegistryUrl()));
    all.addAll(List.of(args));
    return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
  }

  @Test
  void jsonLinesListEveryChangeWithItsEvidence() throws Exception {
    Path rules = Files.writeString(dir.resolve("new.yaml"), NEW_RULES);
    Run r = rules("--rules", rules.toString(), "--from", "2026-02-01", "--to", "2026-02-04", "--format", "jsonl");
    assertThat(r.code()).as(r.err()).isZero();
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String l : r.out().lines().toList()) {
      lines.add(m.readTree(l));
    }
    assertThat(lines).hasSize(9); // 3 days × (2 added + 1 removed)
    assertThat(lines).filteredOn(n -> n.get("change").asText().equals("removed"))
        .extracting(n -> n.get("id").asText()).containsExactlyInAnyOrder("d0-5", "d1-5", "d2-5");
    JsonNode added = lines.stream().filter(n -> n.get("id").asText().equals("d2-4")).findFirst().orElseThrow();
    assertThat(added.get("topic").asText()).isEqualTo("diplomat-expelled");
    assertThat(added.get("change").asText()).isEqualTo("added");
    assertThat(added.get("headline").asText()).isEqualTo(HEADLINES[4]);
    assertThat(added.get("evidence").asText()).isEqualTo(HEADLINES[4]);
  }

  @Test
  void textReportShowsCountsAndSamplesAgainstAGivenCurrentRuleSet() throws Exception {
    Path current = Files.writeString(dir.resolve("current.yaml"), "sanctions-blocked: block\n");
    Path proposed = Files.writeString(dir.resolve("new.yaml"), "sanctions-blocked: block\ndiplomat-expelled: expel\n");
    Run r = rules("--rules", proposed.toString(), "--against", current.toString(), "--from", "2026-02-01",
        "--to", "2026-02-02", "--samples", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("7 articles re-tagged")
        .containsPattern("diplomat-expelled\\s+0\\s+2\\s+\\+2\\s+0")
        .containsPattern("sanctions-blocked\\s+1\\s+1\\s+0\\s+0")
        .contains("+ d0-2  " + HEADLINES[2])
        .contains("evidence: " + HEADLINES[2])
        .contains("1 more (use --format jsonl");
  }

  @Test
  void missingRuleFileIsAClearError() {
    Run r = rules("--rules", dir.resolve("nope.yaml").toString(), "--from", "-7d");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nope.yaml does not exist");
  }
}
