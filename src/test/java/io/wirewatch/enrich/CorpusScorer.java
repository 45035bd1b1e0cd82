package io.wirewatch.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Scores an enricher on corpus records against their gold labels: countries, primary
 * countries, topics (micro, macro, per topic, by language), negatives given a topic, and
 * precision/recall when only events at or above a confidence count.
 *
 * <p>Errors are kept two ways: per article (text-free lines of id, missing and extra codes and
 * the rules that fired), for the tune split only, and as counts of error categories per topic
 * (which rule fired, the neighbour it was confused with, future or background wording in the
 * firing sentence, a RELATED line, language, shape), which say why without showing any text.
 */
final class CorpusScorer {
  static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9};
  private static final Pattern FUTURE = Pattern.compile(
      "\\b(will|would|set to|plans? to|planned|next (week|month|year)|to visit|expected to|scheduled|may|could)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BACKGROUND = Pattern.compile(
      "\\b(last (month|year)|in (19|20)\\d\\d|years? ago|months ago|since|previously|had)\\b",
      Pattern.CASE_INSENSITIVE);

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

    String row(String name) {
      return String.format(Locale.ROOT, "| %-24s | %4d | %4d | %3d | %3d | %.3f | %.3f | %.3f |",
          name, tp + fn, tp, fp, fn, precision(), recall(), f1());
    }
  }

  final String split;
  final Score countries = new Score();
  final Score primary = new Score();
  final Score topics = new Score();
  final Score otherLanguages = new Score();
  final TreeMap<String, Score> perTopic = new TreeMap<>();
  final TreeMap<String, Score> byLanguage = new TreeMap<>();
  final Score[] atConfidence = new Score[THRESHOLDS.length];
  final TreeMap<String, TreeMap<String, Integer>> categories = new TreeMap<>();
  final List<String> disagreements = new ArrayList<>();
  /** Per rule: how often the best event of a topic came from it and was right, or wrong. */
  final TreeMap<String, Score> perRule = new TreeMap<>();
  int articles;
  int negatives;
  int negativesTagged;

  private CorpusScorer(String split) {
    this.split = split;
    for (int i = 0; i < atConfidence.length; i++) {
      atConfidence[i] = new Score();
    }
  }

  /** A split's score and, from the same pass, that of a part of it. */
  record WithPart(CorpusScorer whole, CorpusScorer part) {}

  /**
   * Scores a split and, in the same pass, the part of it held in {@code partFiles} (named {@code partName} in the printed
   * tables): each article is enriched once.
   */
  static WithPart scoreWithPart(String split, String partName, Set<String> partFiles, Enricher enricher) {
    CorpusScorer whole = new CorpusScorer(split);
    CorpusScorer part = new CorpusScorer(partName);
    for (Corpus.Line line : Corpus.read(Corpus.files(split))) {
      Enrichment e = enricher.enrich(line.article());
      whole.add(line, e);
      if (partFiles.contains(line.file())) {
        part.add(line, e);
      }
    }
    return new WithPart(whole, part);
  }

  static CorpusScorer score(String split, Enricher enricher) {
    return scoreWithPart(split, split, Set.of(), enricher).whole();
  }

  private void add(Corpus.Line line, Enrichment e) {
    JsonNode a = line.json();
    JsonNode labels = a.get("labels");
    String lang = a.get("lang").asText();
    String shape = a.get("shape").asText();
    articles++;
    Set<String> goldC = strings(labels.get("countries"));
    Set<String> foundC = new TreeSet<>(e.countryCodes());
    countries.add(goldC, foundC);
    primary.add(strings(labels.get("primary")), new TreeSet<>(e.primaryCodes()));
    Set<String> goldT = strings(labels.get("topics"));
    Set<String> foundT = new TreeSet<>(e.topics());
    topics.add(goldT, foundT);
    byLanguage.computeIfAbsent(lang, k -> new Score()).add(goldT, foundT);
    if (!lang.equals("en")) {
      otherLanguages.add(goldT, foundT);
    }
    if (goldT.isEmpty()) {
      negatives++;
      if (!foundT.isEmpty()) {
        negativesTagged++;
      }
    }
    for (int i = 0; i < THRESHOLDS.length; i++) {
      double bar = THRESHOLDS[i];
      Set<String> sure = new TreeSet<>();
      e.events().stream().filter(m -> m.confidence() >= bar - 1e-9).forEach(m -> sure.add(m.topic()));
      atConfidence[i].add(goldT, sure);
    }
    Set<String> all = new TreeSet<>(goldT);
    all.addAll(foundT);
    for (String t : all) {
      perTopic.computeIfAbsent(t, k -> new Score()).add(
          goldT.contains(t) ? Set.of(t) : Set.of(), foundT.contains(t) ? Set.of(t) : Set.of());
    }
    for (EventMatch m : e.events()) {
      Score r = perRule.computeIfAbsent(m.ruleId(), k -> new Score());
      if (goldT.contains(m.topic())) {
        r.tp++;
      } else {
        r.fp++;
      }
    }
    for (String t : foundT) {
      if (!goldT.contains(t)) {
        EventMatch m = e.event(t).orElseThrow();
        count(t, "fp: rule " + m.ruleId());
        count(t, goldT.isEmpty() ? "fp: on an article with no topic" : "fp: beside gold " + goldT);
        String sentence = m.sentence();
        if (sentence.startsWith("RELATED")) {
          count(t, "fp: in a RELATED line");
        }
        if (FUTURE.matcher(sentence).find()) {
          count(t, "fp: future, plan or modal wording in the sentence");
        }
        if (BACKGROUND.matcher(sentence).find()) {
          count(t, "fp: background or dated wording in the sentence");
        }
        count(t, "fp: " + lang + " " + shape + (m.sentenceField() == ArticleField.HEADLINE ? " headline" : " body"));
      }
    }
    for (String t : goldT) {
      if (!foundT.contains(t)) {
        Set<String> instead = new TreeSet<>(foundT);
        instead.removeAll(goldT);
        count(t, instead.isEmpty() ? "fn: no wrong topic given instead" : "fn: tagged instead " + instead);
        count(t, "fn: " + lang + " " + shape);
      }
    }
    if (!goldC.equals(foundC) || !goldT.equals(foundT)) {
      disagreements.add(line.id() + ": countries " + diff(goldC, foundC) + " topics " + diff(goldT, foundT)
          + (goldT.equals(foundT) ? "" : " " + e.events().stream()
              .map(m -> m.topic() + "<" + m.ruleId() + " " + m.confidence() + ": '" + m.trigger().text() + "'"
                  + (goldT.contains(m.topic()) ? "" : " in \"" + clip(m.sentence()) + "\"") + ">").toList()));
    }
  }

  private static String clip(String sentence) {
    String one = sentence.replace('\n', ' ');
    return one.length() <= 200 ? one : one.substring(0, 200) + "…";
  }

  private void count(String topic, String category) {
    categories.computeIfAbsent(topic, k -> new TreeMap<>()).merge(category, 1, Integer::sum);
  }

  /** Mean F1 over the topics that have gold labels or tags. */
  double macroF1() {
    return perTopic.values().stream().mapToDouble(Score::f1).average().orElse(0);
  }

  double negativesTaggedShare() {
    return negatives == 0 ? 0 : (double) negativesTagged / negatives;
  }

  /** The aggregate tables: no article text and no article id. */
  String table() {
    StringBuilder b = new StringBuilder();
    b.append("Corpus split '").append(split).append("': ").append(articles).append(" articles\n\n");
    b.append("| measure                  | gold |   tp |  fp |  fn | P     | R     | F1    |\n");
    b.append("|--------------------------|-----:|-----:|----:|----:|------:|------:|------:|\n");
    b.append(countries.row("countries")).append('\n');
    b.append(primary.row("primary countries")).append('\n');
    b.append(topics.row("topics (micro)")).append('\n');
    b.append(otherLanguages.row("topics fr/es/de (micro)")).append('\n');
    for (var en : byLanguage.entrySet()) {
      b.append(en.getValue().row("topics, " + en.getKey())).append('\n');
    }
    for (var en : perTopic.entrySet()) {
      b.append(en.getValue().row(en.getKey())).append('\n');
    }
    b.append(String.format(Locale.ROOT, "%ntopics macro-F1: %.3f%n", macroF1()));
    b.append(String.format(Locale.ROOT, "negatives given any topic: %d of %d (%.3f)%n", negativesTagged, negatives,
        negativesTaggedShare()));
    b.append("\n| confidence >= | tp | fp | fn | P     | R     | F1    |\n|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < THRESHOLDS.length; i++) {
      Score s = atConfidence[i];
      b.append(String.format(Locale.ROOT, "| %.1f | %d | %d | %d | %.3f | %.3f | %.3f |%n", THRESHOLDS[i], s.tp, s.fp,
          s.fn, s.precision(), s.recall(), s.f1()));
    }
    return b.toString();
  }

  /** Counts of error categories per topic: why, without showing any text. */
  String errorCategories() {
    StringBuilder b = new StringBuilder("Error categories per topic (counts):\n");
    for (var t : categories.entrySet()) {
      b.append("  ").append(t.getKey()).append('\n');
      t.getValue().entrySet().stream()
          .sorted((x, y) -> y.getValue() - x.getValue())
          .forEach(c -> b.append("    ").append(c.getValue()).append("  ").append(c.getKey()).append('\n'));
    }
    return b.toString();
  }

  /** Precision of each rule's events: what its confidence should reflect. */
  String ruleTable() {
    StringBuilder b = new StringBuilder("| rule | right | wrong | precision |\n|---|---:|---:|---:|\n");
    perRule.forEach((id, r) -> b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f |%n", id, r.tp, r.fp, r.precision())));
    return b.toString();
  }

  String disagreementList() {
    StringBuilder b = new StringBuilder("Disagreements (missing -x, extra +x):\n");
    disagreements.forEach(d -> b.append("  ").append(d).append('\n'));
    return b.toString();
  }

  Score topic(String id) {
    return perTopic.getOrDefault(id, new Score());
  }

  Score atConfidence(double bar) {
    for (int i = 0; i < THRESHOLDS.length; i++) {
      if (Math.abs(THRESHOLDS[i] - bar) < 1e-9) {
        return atConfidence[i];
      }
    }
    throw new IllegalArgumentException("confidence bar " + bar + " is not scored: use one of 0.5, 0.6, 0.7, 0.8, 0.9");
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
    new TreeSet<>(s).forEach(x -> d.add("-" + x));
    Set<String> t = new HashSet<>(found);
    t.removeAll(gold);
    new TreeSet<>(t).forEach(x -> d.add("+" + x));
    return d.isEmpty() ? "ok" : d.toString();
  }
}
