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
  /**
   * The waves of fresh data written in five batches each (English, French, Spanish, German, long wire pages), from the ninth
   * round's third on: the odd-numbered half of a wave is in {@code tune/WAVE-en.jsonl} to {@code tune/WAVE-long.jsonl}, the
   * even-numbered half frozen in {@code holdout/WAVE.jsonl}.
   */
  static final List<String> WAVES = List.of("r9c", "r9d", "r9e", "r10", "r10b", "r10c", "r10d", "r10e", "r11", "r11b",
      "r11c", "r11d", "r11e", "r11f", "r11g", "r11h", "r12", "r12b", "r12c", "r12d", "r12e", "r12f", "r12g", "r12h",
      "r13", "r13b", "r13c", "r13d", "r13e", "r13f", "r13g",
      "r13h", "r14", "r14b", "r14c", "r14d", "r14e", "r14f", "r14g", "r14h", "r14i", "r15", "r15b", "r15c", "r15d", "r15e",
      "r16", "r16b", "r16c", "r16d", "r16e", "r17", "r17b", "r17c", "r17d", "r17e", "r18", "r18b", "r18c", "r18d",
      "r19", "r19b", "r19c", "r19d", "r20", "r20b", "r20c", "r20d", "r21", "r21b", "r21c", "r21d", "r21e", "r21f");
  private static final List<String> BATCHES = List.of("en", "fr", "es", "de", "long");
  /** The files of each split, as class-path resources. */
  static final List<String> TEST_FILES = List.of("/corpus/test/en.jsonl", "/corpus/test/multilingual.jsonl",
      "/corpus/test/long-a.jsonl", "/corpus/test/long-b.jsonl");
  static final List<String> TUNE_FILES = concat(List.of("/corpus/tune/en.jsonl", "/corpus/tune/multilingual.jsonl",
      "/corpus/tune/long.jsonl", "/corpus/tune/devset.jsonl",
      "/corpus/tune/r5-fr.jsonl", "/corpus/tune/r5-es.jsonl", "/corpus/tune/r5-long.jsonl", "/corpus/tune/r5-en.jsonl",
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
      "/corpus/tune/r9b-es.jsonl", "/corpus/tune/r9b-de.jsonl", "/corpus/tune/r9b-long.jsonl"),
      WAVES.stream().flatMap(w -> BATCHES.stream().map(b -> "/corpus/tune/" + w + "-" + b + ".jsonl")).toList());
  /**
   * A second frozen split, written blind in the fourth round while the round's rules were being changed and committed
   * before any further change; scored once, at the end of the round. {@code r6.jsonl} is the frozen half of the sixth
   * round's fresh data (even-numbered articles of each batch; the odd ones went to tune), scored only as aggregates;
   * {@code r7.jsonl} to {@code r7e.jsonl} are the same for the seventh round's five batches, {@code r8.jsonl} to
   * {@code r8c.jsonl} for the eighth round's three waves of five, {@code r9.jsonl} to {@code r9e.jsonl} for the ninth
   * round's five waves of five, {@code r10.jsonl} to {@code r10e.jsonl} for the tenth round's five waves, {@code r11.jsonl}
   * to {@code r11h.jsonl} for the eleventh round's eight waves, {@code r12.jsonl} to {@code r12h.jsonl} for the twelfth's
   * and {@code r13.jsonl} on for the thirteenth's ({@link #WAVES}).
   */
  static final List<String> HOLDOUT_FILES = concat(List.of("/corpus/holdout/en.jsonl", "/corpus/holdout/multilingual.jsonl",
      "/corpus/holdout/long.jsonl",
      "/corpus/holdout/r6.jsonl", "/corpus/holdout/r7.jsonl", "/corpus/holdout/r7b.jsonl", "/corpus/holdout/r7c.jsonl",
      "/corpus/holdout/r7d.jsonl", "/corpus/holdout/r7e.jsonl", "/corpus/holdout/r8.jsonl", "/corpus/holdout/r8b.jsonl",
      "/corpus/holdout/r8c.jsonl", "/corpus/holdout/r9.jsonl", "/corpus/holdout/r9b.jsonl"),
      WAVES.stream().map(w -> "/corpus/holdout/" + w + ".jsonl").toList());

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

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
