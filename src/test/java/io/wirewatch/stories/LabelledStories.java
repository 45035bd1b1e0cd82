package io.wirewatch.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The labelled story-clustering set (src/test/resources/stories/stories.jsonl), in published order. */
final class LabelledStories {
  /** One line: the article and the event it reports. */
  record Row(String id, int revision, String source, String headline, String body, Set<String> topics,
      Set<String> countries, long published, String story) {

    ArticleFeatures features(int ledeSentences) {
      return new ArticleFeatures(id, revision, source, headline, ArticleFeatures.lede(body, ledeSentences), null,
          topics, countries, published);
    }
  }

  private LabelledStories() {}

  static List<Row> load() {
    ObjectMapper json = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        LabelledStories.class.getResourceAsStream("/stories/stories.jsonl")), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        rows.add(new Row(n.get("id").asText(), n.path("revision").asInt(1), n.get("source").asText(),
            n.get("headline").asText(), n.get("body").asText(), strings(n.get("topics")), strings(n.get("countries")),
            Instant.parse(n.get("published").asText()).toEpochMilli(), n.get("story").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new LinkedHashSet<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }
}
