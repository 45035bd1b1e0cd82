package io.wirewatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the enricher on the labelled development set (src/test/resources/corpus/tune/devset.jsonl)
 * and fails below the quality bar: countries F1 0.95, topics micro-F1 0.85, sanctions-blocked
 * precision 0.95. Prints the score table and every disagreement.
 */
class DevSetScoreTest {
  private static final double COUNTRIES_F1 = 0.95;
  private static final double TOPICS_MICRO_F1 = 0.85;
  private static final double SANCTIONS_BLOCKED_PRECISION = 0.95;

  /** True positives, false positives, false negatives. */
  static final class Score {
    int tp;
    int fp;
    int fn;

    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void add(Set<String> gold, Set<String> found) {
      for (String f : found) {
        if (gold.contains(f)) {
          tp++;
        } else {
          fp++;
        }
      }
      for (String g : gold) {
        if (!found.contains(g)) {
          fn++;
        }
      }
    }

    String row(String name, int support) {
      return String.format(Locale.ROOT, "| %-22s | %5d | %3d | %3d | %3d | %.3f | %.3f | %.3f |",
          name, support, tp, fp, fn, precision(), recall(), f1());
    }
  }

  static Score countries;
  static Score primary;
  static Score topics;
  static final TreeMap<String, Score> perTopic = new TreeMap<>();
  static final TreeMap<String, Integer> support = new TreeMap<>();
  static int articles;

  @BeforeAll
  static void score() throws IOException {
    Enricher enricher = Enricher.defaults();
    ObjectMapper json = new ObjectMapper();
    countries = new Score();
    primary = new Score();
    topics = new Score();
    List<String> misses = new ArrayList<>();
    try (InputStream in = DevSetScoreTest.class.getResourceAsStream("/corpus/tune/devset.jsonl")) {
      assertThat(in).as("src/test/resources/corpus/tune/devset.jsonl").isNotNull();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (String line : lines) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode a = json.readTree(line);
        articles++;
        Instant published = a.hasNonNull("published") ? Instant.parse(a.get("published").asText()) : null;
        Enrichment e = enricher.enrich(new ArticleText(a.get("id").asText(), a.get("headline").asText(),
            a.get("body").asText(), a.path("lang").asText(null), published));
        JsonNode labels = a.get("labels");
        Set<String> goldC = strings(labels.get("countries"));
        Set<String> foundC = new TreeSet<>(e.countryCodes());
        countries.add(goldC, foundC);
        primary.add(strings(labels.get("primary")), new TreeSet<>(e.primaryCodes()));
        Set<String> goldT = strings(labels.get("topics"));
        Set<String> foundT = new TreeSet<>(e.topics());
        topics.add(goldT, foundT);
        Set<String> all = new TreeSet<>(goldT);
        all.addAll(foundT);
        for (String t : all) {
          perTopic.computeIfAbsent(t, k -> new Score()).add(
              goldT.contains(t) ? Set.of(t) : Set.of(), foundT.contains(t) ? Set.of(t) : Set.of());
        }
        for (String t : goldT) {
          support.merge(t, 1, Integer::sum);
        }
        if (!goldC.equals(foundC) || !goldT.equals(foundT)) {
          misses.add(a.get("id").asText() + ": countries " + diff(goldC, foundC) + " topics " + diff(goldT, foundT)
              + (goldT.equals(foundT) ? "" : " " + e.events().stream().map(m -> m.topic() + "<" + m.ruleId() + ": '" + m.trigger().text() + "'>").toList()));
        }
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("Dev set: ").append(articles).append(" articles\n\n");
    b.append("| measure                | gold  | tp  | fp  | fn  | P     | R     | F1    |\n");
    b.append("|------------------------|------:|----:|----:|----:|------:|------:|------:|\n");
    b.append(countries.row("countries", countries.tp + countries.fn)).append('\n');
    b.append(primary.row("primary countries", primary.tp + primary.fn)).append('\n');
    b.append(topics.row("topics (micro)", topics.tp + topics.fn)).append('\n');
    for (var en : perTopic.entrySet()) {
      b.append(en.getValue().row(en.getKey(), support.getOrDefault(en.getKey(), 0))).append('\n');
    }
    b.append("\nDisagreements (missing -x, extra +x):\n");
    misses.forEach(m -> b.append("  ").append(m).append('\n'));
    System.out.println(b);
  }

  private static Set<String> strings(JsonNode arr) {
    Set<String> out = new TreeSet<>();
    if (arr != null) {
      arr.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static String diff(Set<String> gold, Set<String> found) {
    List<String> d = new ArrayList<>();
    Set<String> s = new HashSet<>(gold);
    s.removeAll(found);
    s.forEach(x -> d.add("-" + x));
    Set<String> t = new HashSet<>(found);
    t.removeAll(gold);
    t.forEach(x -> d.add("+" + x));
    return d.isEmpty() ? "ok" : d.toString();
  }

  @Test
  void devSetIsLargeEnoughToMeanSomething() {
    assertThat(articles).isGreaterThanOrEqualTo(150);
  }

  @Test
  void countryTagsReachF1Bar() {
    assertThat(countries.f1()).as("countries F1").isGreaterThanOrEqualTo(COUNTRIES_F1);
  }

  @Test
  void topicsReachMicroF1Bar() {
    assertThat(topics.f1()).as("topics micro-F1").isGreaterThanOrEqualTo(TOPICS_MICRO_F1);
  }

  @Test
  void sanctionsBlockedIsPrecise() {
    Score s = perTopic.getOrDefault("sanctions-blocked", new Score());
    assertThat(s.tp).as("sanctions-blocked true positives").isGreaterThan(0);
    assertThat(s.precision()).as("sanctions-blocked precision").isGreaterThanOrEqualTo(SANCTIONS_BLOCKED_PRECISION);
  }
}
