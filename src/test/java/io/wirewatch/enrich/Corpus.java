package io.wirewatch.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled corpus under {@code src/test/resources/corpus/} (record format in its
 * {@code FORMAT.md}): the frozen {@code test} split and the {@code tune} split the rules are
 * developed on. Records are read as parsed JSON so that the format test can check every field.
 */
final class Corpus {
  /** The files of each split, as class-path resources. */
  static final List<String> TEST_FILES = List.of("/corpus/test/en.jsonl", "/corpus/test/multilingual.jsonl",
      "/corpus/test/long-a.jsonl", "/corpus/test/long-b.jsonl");
  static final List<String> TUNE_FILES = List.of("/corpus/tune/en.jsonl", "/corpus/tune/multilingual.jsonl",
      "/corpus/tune/long.jsonl", "/corpus/tune/devset.jsonl", "/corpus/tune/r5-fr.jsonl", "/corpus/tune/r5-es.jsonl",
      "/corpus/tune/r5-long.jsonl", "/corpus/tune/r5-en.jsonl",
      "/corpus/tune/r5-de.jsonl", "/corpus/tune/r5-de2.jsonl", "/corpus/tune/r6-en.jsonl", "/corpus/tune/r6-fr.jsonl",
      "/corpus/tune/r6-es.jsonl", "/corpus/tune/r6-de.jsonl", "/corpus/tune/r6-long.jsonl", "/corpus/tune/r7-en.jsonl",
      "/corpus/tune/r7-fr.jsonl", "/corpus/tune/r7-es.jsonl", "/corpus/tune/r7-de.jsonl", "/corpus/tune/r7-long.jsonl",
      "/corpus/tune/r7b-en.jsonl", "/corpus/tune/r7b-fr.jsonl", "/corpus/tune/r7b-es.jsonl", "/corpus/tune/r7b-de.jsonl",
      "/corpus/tune/r7b-long.jsonl", "/corpus/tune/r7c-en.jsonl", "/corpus/tune/r7c-fr.jsonl", "/corpus/tune/r7c-es.jsonl",
      "/corpus/tune/r7c-de.jsonl", "/corpus/tune/r7c-long.jsonl", "/corpus/tune/r7d-en.jsonl", "/corpus/tune/r7d-fr.jsonl",
      "/corpus/tune/r7d-es.jsonl", "/corpus/tune/r7d-de.jsonl", "/corpus/tune/r7e-en.jsonl", "/corpus/tune/r7e-fr.jsonl",
      "/corpus/tune/r7e-es.jsonl", "/corpus/tune/r7e-de.jsonl", "/corpus/tune/r8-en.jsonl", "/corpus/tune/r8-fr.jsonl",
      "/corpus/tune/r8-es.jsonl", "/corpus/tune/r8-de.jsonl", "/corpus/tune/r8-long.jsonl", "/corpus/tune/r8b-en.jsonl",
      "/corpus/tune/r8b-fr.jsonl", "/corpus/tune/r8b-es.jsonl", "/corpus/tune/r8b-de.jsonl", "/corpus/tune/r8b-long.jsonl",
      "/corpus/tune/r8c-en.jsonl", "/corpus/tune/r8c-fr.jsonl", "/corpus/tune/r8c-es.jsonl", "/corpus/tune/r8c-de.jsonl",
      "/corpus/tune/r8c-long.jsonl", "/corpus/tune/r9-en.jsonl", "/corpus/tune/r9-fr.jsonl", "/corpus/tune/r9-es.jsonl",
      "/corpus/tune/r9-de.jsonl", "/corpus/tune/r9-long.jsonl", "/corpus/tune/r9b-en.jsonl", "/corpus/tune/r9b-fr.jsonl",
      "/corpus/tune/r9b-es.jsonl", "/corpus/tune/r9b-de.jsonl", "/corpus/tune/r9b-long.jsonl", "/corpus/tune/r9c-en.jsonl",
      "/corpus/tune/r9c-fr.jsonl", "/corpus/tune/r9c-es.jsonl", "/corpus/tune/r9c-de.jsonl", "/corpus/tune/r9c-long.jsonl",
      "/corpus/tune/r9d-en.jsonl", "/corpus/tune/r9d-fr.jsonl", "/corpus/tune/r9d-es.jsonl", "/corpus/tune/r9d-de.jsonl",
      "/corpus/tune/r9d-long.jsonl", "/corpus/tune/r9e-en.jsonl", "/corpus/tune/r9e-fr.jsonl", "/corpus/tune/r9e-es.jsonl",
      "/corpus/tune/r9e-de.jsonl", "/corpus/tune/r9e-long.jsonl", "/corpus/tune/r10-en.jsonl", "/corpus/tune/r10-fr.jsonl",
      "/corpus/tune/r10-es.jsonl", "/corpus/tune/r10-de.jsonl", "/corpus/tune/r10-long.jsonl", "/corpus/tune/r10b-en.jsonl",
      "/corpus/tune/r10b-fr.jsonl", "/corpus/tune/r10b-es.jsonl", "/corpus/tune/r10b-de.jsonl", "/corpus/tune/r10b-long.jsonl",
      "/corpus/tune/r10c-en.jsonl", "/corpus/tune/r10c-fr.jsonl", "/corpus/tune/r10c-es.jsonl", "/corpus/tune/r10c-de.jsonl",
      "/corpus/tune/r10c-long.jsonl", "/corpus/tune/r10d-en.jsonl", "/corpus/tune/r10d-fr.jsonl", "/corpus/tune/r10d-es.jsonl",
      "/corpus/tune/r10d-de.jsonl", "/corpus/tune/r10d-long.jsonl", "/corpus/tune/r10e-en.jsonl", "/corpus/tune/r10e-fr.jsonl",
      "/corpus/tune/r10e-es.jsonl", "/corpus/tune/r10e-de.jsonl", "/corpus/tune/r10e-long.jsonl", "/corpus/tune/r11-en.jsonl",
      "/corpus/tune/r11-fr.jsonl", "/corpus/tune/r11-es.jsonl", "/corpus/tune/r11-de.jsonl", "/corpus/tune/r11-long.jsonl",
      "/corpus/tune/r11b-en.jsonl", "/corpus/tune/r11b-fr.jsonl", "/corpus/tune/r11b-es.jsonl", "/corpus/tune/r11b-de.jsonl",
      "/corpus/tune/r11b-long.jsonl", "/corpus/tune/r11c-en.jsonl", "/corpus/tune/r11c-fr.jsonl", "/corpus/tune/r11c-es.jsonl",
      "/corpus/tune/r11c-de.jsonl", "/corpus/tune/r11c-long.jsonl", "/corpus/tune/r11d-en.jsonl", "/corpus/tune/r11d-fr.jsonl",
      "/corpus/tune/r11d-es.jsonl", "/corpus/tune/r11d-de.jsonl", "/corpus/tune/r11d-long.jsonl", "/corpus/tune/r11e-en.jsonl",
      "/corpus/tune/r11e-fr.jsonl", "/corpus/tune/r11e-es.jsonl", "/corpus/tune/r11e-de.jsonl", "/corpus/tune/r11e-long.jsonl",
      "/corpus/tune/r11f-en.jsonl", "/corpus/tune/r11f-fr.jsonl", "/corpus/tune/r11f-es.jsonl", "/corpus/tune/r11f-de.jsonl",
      "/corpus/tune/r11f-long.jsonl", "/corpus/tune/r11g-en.jsonl", "/corpus/tune/r11g-fr.jsonl", "/corpus/tune/r11g-es.jsonl",
      "/corpus/tune/r11g-de.jsonl", "/corpus/tune/r11g-long.jsonl", "/corpus/tune/r11h-en.jsonl", "/corpus/tune/r11h-fr.jsonl",
      "/corpus/tune/r11h-es.jsonl", "/corpus/tune/r11h-de.jsonl", "/corpus/tune/r11h-long.jsonl",
      "/corpus/tune/r12-en.jsonl", "/corpus/tune/r12-fr.jsonl", "/corpus/tune/r12-es.jsonl", "/corpus/tune/r12-de.jsonl",
      "/corpus/tune/r12-long.jsonl",
      "/corpus/tune/r12b-en.jsonl", "/corpus/tune/r12b-fr.jsonl", "/corpus/tune/r12b-es.jsonl", "/corpus/tune/r12b-de.jsonl",
      "/corpus/tune/r12b-long.jsonl",
      "/corpus/tune/r12c-en.jsonl", "/corpus/tune/r12c-fr.jsonl", "/corpus/tune/r12c-es.jsonl", "/corpus/tune/r12c-de.jsonl",
      "/corpus/tune/r12c-long.jsonl",
      "/corpus/tune/r12d-en.jsonl", "/corpus/tune/r12d-fr.jsonl", "/corpus/tune/r12d-es.jsonl", "/corpus/tune/r12d-de.jsonl",
      "/corpus/tune/r12d-long.jsonl",
      "/corpus/tune/r12e-en.jsonl", "/corpus/tune/r12e-fr.jsonl", "/corpus/tune/r12e-es.jsonl", "/corpus/tune/r12e-de.jsonl",
      "/corpus/tune/r12e-long.jsonl",
      "/corpus/tune/r12f-en.jsonl", "/corpus/tune/r12f-fr.jsonl", "/corpus/tune/r12f-es.jsonl", "/corpus/tune/r12f-de.jsonl",
      "/corpus/tune/r12f-long.jsonl",
      "/corpus/tune/r12g-en.jsonl", "/corpus/tune/r12g-fr.jsonl", "/corpus/tune/r12g-es.jsonl", "/corpus/tune/r12g-de.jsonl",
      "/corpus/tune/r12g-long.jsonl",
      "/corpus/tune/r12h-en.jsonl", "/corpus/tune/r12h-fr.jsonl", "/corpus/tune/r12h-es.jsonl", "/corpus/tune/r12h-de.jsonl",
      "/corpus/tune/r12h-long.jsonl");
  /**
   * A second frozen split, written blind in the fourth round while the round's rules were being changed and committed
   * before any further change; scored once, at the end of the round. {@code r6.jsonl} is the frozen half of the sixth
   * round's fresh data (even-numbered articles of each batch; the odd ones went to tune), scored only as aggregates;
   * {@code r7.jsonl} to {@code r7e.jsonl} are the same for the seventh round's five batches, {@code r8.jsonl} to
   * {@code r8c.jsonl} for the eighth round's three waves of five, {@code r9.jsonl} to {@code r9e.jsonl} for the ninth
   * round's five waves of five, {@code r10.jsonl} to {@code r10e.jsonl} for the tenth round's five waves, {@code r11.jsonl} to {@code r11h.jsonl} for the eleventh round's eight waves, {@code r12.jsonl}
   * onwards for the twelfth round's waves.
   */
  static final List<String> HOLDOUT_FILES = List.of("/corpus/holdout/en.jsonl", "/corpus/holdout/multilingual.jsonl",
      "/corpus/holdout/long.jsonl", "/corpus/holdout/r6.jsonl", "/corpus/holdout/r7.jsonl",
      "/corpus/holdout/r7b.jsonl", "/corpus/holdout/r7c.jsonl", "/corpus/holdout/r7d.jsonl", "/corpus/holdout/r7e.jsonl",
      "/corpus/holdout/r8.jsonl", "/corpus/holdout/r8b.jsonl", "/corpus/holdout/r8c.jsonl", "/corpus/holdout/r9.jsonl",
      "/corpus/holdout/r9b.jsonl", "/corpus/holdout/r9c.jsonl",
      "/corpus/holdout/r9d.jsonl", "/corpus/holdout/r9e.jsonl", "/corpus/holdout/r10.jsonl",
      "/corpus/holdout/r10b.jsonl", "/corpus/holdout/r10c.jsonl", "/corpus/holdout/r10d.jsonl",
      "/corpus/holdout/r10e.jsonl", "/corpus/holdout/r11.jsonl", "/corpus/holdout/r11b.jsonl",
      "/corpus/holdout/r11c.jsonl", "/corpus/holdout/r11d.jsonl",
      "/corpus/holdout/r11e.jsonl", "/corpus/holdout/r11f.jsonl",
      "/corpus/holdout/r11g.jsonl", "/corpus/holdout/r11h.jsonl", "/corpus/holdout/r12.jsonl",
      "/corpus/holdout/r12b.jsonl", "/corpus/holdout/r12c.jsonl", "/corpus/holdout/r12d.jsonl",
      "/corpus/holdout/r12e.jsonl", "/corpus/holdout/r12f.jsonl", "/corpus/holdout/r12g.jsonl",
      "/corpus/holdout/r12h.jsonl");

  /** One line of a corpus file: where it came from and what it holds. */
  record Line(String file, int number, JsonNode json) {
    String where() {
      return file + " line " + number;
    }

    String id() {
      return json.path("id").asText("?");
    }

    ArticleText article() {
      return new ArticleText(id(), json.get("headline").asText(), json.get("body").asText(),
          json.get("lang").asText(), Instant.parse(json.get("published").asText()));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private Corpus() {}

  static List<String> files(String split) {
    return switch (split) {
      case "test" -> TEST_FILES;
      case "tune" -> TUNE_FILES;
      case "holdout" -> HOLDOUT_FILES;
      default -> throw new IllegalArgumentException(
          "corpus split '" + split + "' is unknown: use test, holdout or tune (-Dcorpus.split=tune)");
    };
  }

  /** Every non-blank line of the files, parsed; a line that is not JSON fails with its place. */
  static List<Line> read(List<String> files) {
    List<Line> out = new ArrayList<>();
    for (String f : files) {
      try (InputStream in = Corpus.class.getResourceAsStream(f)) {
        if (in == null) {
          throw new IllegalStateException("corpus file " + f + " is missing from the test class path"
              + " (expected under src/test/resources" + f + ")");
        }
        String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (lines[i].isBlank()) {
            continue;
          }
          try {
            out.add(new Line(f, i + 1, JSON.readTree(lines[i])));
          } catch (IOException e) {
            throw new IllegalStateException(f + " line " + (i + 1) + " is not one JSON object: "
                + e.getMessage() + " (each line must hold one record, see corpus/FORMAT.md)", e);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
