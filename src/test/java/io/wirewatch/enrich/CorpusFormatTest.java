package io.wirewatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every corpus file follows {@code src/test/resources/corpus/FORMAT.md}: each problem is
 * reported with its file, line and id, and the test fails once with all of them.
 */
class CorpusFormatTest {
  private static final Set<String> FIELDS = Set.of("id", "headline", "body", "lang", "source", "published",
      "labels", "shape");
  private static final Set<String> OPTIONAL = Set.of("notes");
  private static final Set<String> LANGS = Set.of("en", "fr", "es", "de");
  private static final Pattern CODE = Pattern.compile("[A-Z]{2}");
  private static final Pattern HTML = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?>");
  private static final int SHORT_MAX_WORDS = 450;
  private static final int LONG_MIN_WORDS = 550;
  private static final int LONG_MAX_WORDS = 1600;

  private static final Gazetteer GAZETTEER = Gazetteer.defaults();
  private static final Set<String> TOPICS = RuleSet.defaults().topics().stream().map(RuleSet.Topic::id)
      .collect(Collectors.toSet());

  @Test
  void everyRecordFollowsTheFormat() {
    List<String> problems = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    List<Corpus.Line> all = new ArrayList<>(Corpus.read(Corpus.TEST_FILES));
    all.addAll(Corpus.read(Corpus.TUNE_FILES));
    all.addAll(Corpus.read(Corpus.HOLDOUT_FILES));
    for (Corpus.Line line : all) {
      String before = seen.put(line.id(), line.where());
      if (before != null) {
        problems.add(line.where() + ": id " + line.id() + " is already used at " + before + " (ids must be unique)");
      }
      check(line, problems);
    }
    assertThat(problems).as("corpus records that break corpus/FORMAT.md").isEmpty();
  }

  @Test
  void splitsHaveTheAgreedSize() {
    List<Corpus.Line> test = Corpus.read(Corpus.TEST_FILES);
    List<Corpus.Line> tune = Corpus.read(Corpus.TUNE_FILES);
    List<Corpus.Line> holdout = Corpus.read(Corpus.HOLDOUT_FILES);
    assertThat(test).hasSize(300);
    assertThat(holdout).hasSize(4457);
    assertThat(test.size() + tune.size()).isGreaterThanOrEqualTo(700);
    // the tune split grows with every round's fresh development data; the frozen splits (test and holdout) stay at
    // least 40% of the corpus
    int frozen = test.size() + holdout.size();
    assertThat((double) frozen / (frozen + tune.size())).as("share of the frozen splits").isGreaterThanOrEqualTo(0.4);
  }

  @Test
  void aBrokenRecordIsReportedWithItsPlaceAndRule() {
    List<String> problems = new ArrayList<>();
    JsonNode bad = Corpus.read(List.of("/corpus/tune/en.jsonl")).get(0).json().deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) bad.get("labels")).putArray("primary").add("ZZ");
    check(new Corpus.Line("/corpus/tune/en.jsonl", 1, bad), problems);
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("/corpus/tune/en.jsonl line 1").contains("ZZ")
        .contains("primary"));
  }

  static void check(Corpus.Line line, List<String> problems) {
    JsonNode r = line.json();
    String at = line.where() + " (" + line.id() + "): ";
    for (String f : FIELDS) {
      if (!r.hasNonNull(f)) {
        problems.add(at + "field '" + f + "' is missing (required by FORMAT.md)");
      }
    }
    r.fieldNames().forEachRemaining(f -> {
      if (!FIELDS.contains(f) && !OPTIONAL.contains(f)) {
        problems.add(at + "field '" + f + "' is not part of the format (allowed: " + new TreeSet<>(FIELDS) + " and notes)");
      }
    });
    if (!FIELDS.stream().allMatch(r::hasNonNull)) {
      return;
    }
    String id = line.id();
    String prefix = line.file().contains("/test/") ? "test-" : line.file().contains("/holdout/") ? "holdout-"
        : line.file().endsWith("devset.jsonl") ? "dev-" : "tune-";
    if (!id.startsWith(prefix)) {
      problems.add(at + "id " + id + " must start with '" + prefix + "' in " + line.file());
    }
    String headline = r.get("headline").asText();
    if (headline.isBlank() || headline.contains("\n")) {
      problems.add(at + "headline must be one non-blank line");
    }
    String body = r.get("body").asText();
    if (body.isBlank()) {
      problems.add(at + "body is blank");
    }
    if (HTML.matcher(body).find() || HTML.matcher(headline).find()) {
      problems.add(at + "body or headline holds an HTML tag: write plain text");
    }
    if (body.startsWith("\uFEFF") || line.id().startsWith("\uFEFF")) {
      problems.add(at + "text starts with a byte-order mark");
    }
    String lang = r.get("lang").asText();
    if (!LANGS.contains(lang)) {
      problems.add(at + "lang '" + lang + "' is not one of " + new TreeSet<>(LANGS));
    }
    String published = r.get("published").asText();
    try {
      Instant.parse(published);
      if (!published.endsWith("Z")) {
        problems.add(at + "published " + published + " must be in UTC, ending in Z");
      }
    } catch (DateTimeParseException e) {
      problems.add(at + "published '" + published + "' is not an RFC 3339 instant such as 2026-03-14T09:20:00Z");
    }
    int words = body.trim().split("\\s+").length;
    String shape = r.get("shape").asText();
    if (shape.equals("long")) {
      if (words < LONG_MIN_WORDS || words > LONG_MAX_WORDS) {
        problems.add(at + "long article has " + words + " words; a long article holds " + LONG_MIN_WORDS + "–"
            + LONG_MAX_WORDS);
      }
    } else if (shape.equals("short")) {
      if (words > SHORT_MAX_WORDS) {
        problems.add(at + "short article has " + words + " words; over " + SHORT_MAX_WORDS + " mark it long");
      }
    } else {
      problems.add(at + "shape '" + shape + "' must be short or long");
    }
    labels(at, r.get("labels"), problems);
  }

  private static void labels(String at, JsonNode labels, List<String> problems) {
    for (String f : List.of("countries", "primary", "topics", "events")) {
      if (!labels.path(f).isArray()) {
        problems.add(at + "labels." + f + " must be a list");
        return;
      }
    }
    List<String> countries = codes(at, "labels.countries", labels.get("countries"), problems);
    for (String c : countries) {
      if (GAZETTEER.country(c).isEmpty()) {
        problems.add(at + "labels.countries holds " + c + ", which is no country of the gazetteer (ISO 3166-1 alpha-2; Kosovo XK)");
      }
    }
    List<String> primary = codes(at, "labels.primary", labels.get("primary"), problems);
    subset(at, "labels.primary", primary, countries, problems);
    if (primary.size() > 3) {
      problems.add(at + "labels.primary holds " + primary.size() + " countries; name the 1–3 the story is about");
    }
    if (primary.isEmpty() && !countries.isEmpty()) {
      problems.add(at + "labels.primary is empty although countries are named; name the 1–3 the story is about");
    }
    List<String> topics = sortedUnique(at, "labels.topics", labels.get("topics"), problems);
    for (String t : topics) {
      if (!TOPICS.contains(t)) {
        problems.add(at + "labels.topics holds '" + t + "', which is not a topic of the bundled rules " + new TreeSet<>(TOPICS));
      }
    }
    Set<String> withEvent = new TreeSet<>();
    for (JsonNode e : labels.get("events")) {
      String topic = e.path("topic").asText("");
      withEvent.add(topic);
      if (!topics.contains(topic)) {
        problems.add(at + "an event has topic '" + topic + "', which labels.topics does not list");
      }
      for (String role : List.of("actors", "targets")) {
        if (!e.path(role).isArray()) {
          problems.add(at + "event " + topic + " has no " + role + " list (use [] when the text does not say)");
          continue;
        }
        subset(at, "event " + topic + " " + role, codes(at, "event " + topic + " " + role, e.get(role), problems),
            countries, problems);
      }
    }
    for (String t : topics) {
      if (!withEvent.contains(t)) {
        problems.add(at + "topic " + t + " has no record in labels.events (each topic needs at least one)");
      }
    }
  }

  private static List<String> codes(String at, String what, JsonNode arr, List<String> problems) {
    List<String> out = sortedUnique(at, what, arr, problems);
    for (String c : out) {
      if (!CODE.matcher(c).matches()) {
        problems.add(at + what + " holds '" + c + "': write ISO 3166-1 alpha-2 codes in upper case");
      }
    }
    return out;
  }

  private static List<String> sortedUnique(String at, String what, JsonNode arr, List<String> problems) {
    List<String> out = new ArrayList<>();
    arr.forEach(n -> out.add(n.asText()));
    List<String> sorted = new ArrayList<>(new TreeSet<>(out));
    if (!sorted.equals(out)) {
      problems.add(at + what + " " + out + " must be sorted without duplicates: " + sorted);
    }
    return out;
  }

  private static void subset(String at, String what, List<String> part, List<String> whole, List<String> problems) {
    for (String c : part) {
      if (!whole.contains(c)) {
        problems.add(at + what + " holds " + c + ", which labels.countries does not list");
      }
    }
  }
}
