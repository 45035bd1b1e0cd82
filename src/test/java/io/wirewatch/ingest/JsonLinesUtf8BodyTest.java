package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.SourceFormat;
import io.wirewatch.ingest.TestArticles.RecordingSink;
import io.wirewatch.ingest.parse.JsonArticles;
import io.wirewatch.ingest.parse.JsonLinesParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSON Lines bodies read as UTF-8 from the line: the articles are those the general path (a JSON
 * tree, then {@link JsonArticles#fromNode}) makes of the same lines, and only a plain body kept as
 * it was is held as bytes.
 */
class JsonLinesUtf8BodyTest {
  private static RecordingSink parse(String line) throws Exception {
    RecordingSink sink = new RecordingSink();
    new JsonLinesParser().parse(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "f.jsonl", sink);
    return sink;
  }

  /** The one article the parser reads from {@code line}, checked to be the general path's. */
  private static RawArticle sameAsGeneral(String line) throws Exception {
    RecordingSink sink = parse(line);
    assertThat(sink.problems).as(line).isEmpty();
    RawArticle article = sink.articles.get(0);
    assertThat(article).as(line).isEqualTo(general(line.getBytes(StandardCharsets.UTF_8)));
    return article;
  }

  @Test
  void plainLinesInParagraphFormKeepTheirBodyAsBytesAndMatchTheGeneralPath() throws Exception {
    List<String> lines = List.of(
        "{\"headline\":\"Envoys meet\",\"body\":\"They met \\u201cat length\\u201d.\\n\\nNo deal.\"}",
        "{\"body\":\"Caf\\u00e9 talks \\\"resume\\\" \\\\ today 🌍.\",\"id\":7,\"headline\":\"Talks\",\"x\":null}",
        " { \"headline\" : \"Talks\" , \"meta\":[\"a\",{\"body\":\"no\"}], \"body\" : \"Près de Genève.\" } ",
        "{\"headline\":\"Talks\",\"body\":\"Tab-free.\",\"published\":\"2026-11-20T10:00:00Z\",\"lang\":\"fr\"}");
    for (String line : lines) {
      RawArticle article = sameAsGeneral(line);
      assertThat(article.bodyUtf8()).as(line).isEqualTo(article.body().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyOtherShapeTakesTheGeneralPathWithTheSameResult() throws Exception {
    List<String> lines = List.of(
        "{\"headline\":\"Talks\",\"body\":\"  Loose   spacing.\\n\\n\\n\\nMore. \"}",    // normalised
        "{\"headline\":\"Talks\",\"body\":\"first\",\"body\":\"second\"}",                 // twice
        "{\"headline\":\"Talks\",\"body\":\"Emoji \\ud83c\\udf0d escaped.\"}",             // surrogates
        "{\"uri\":\"urn:x\",\"headline\":\"Talks\",\"body_text\":\"Ninjs.\",\"body\":\"other\"}");
    for (String line : lines) {
      assertThat(sameAsGeneral(line).bodyUtf8()).as(line).isNull();
    }
  }

  @Test
  void randomLinesReadAsTheGeneralPathReadsThem() throws Exception {
    java.util.Random r = new java.util.Random(17);
    String alphabet = "ab .,\"\\/\n\n\t\u0001é’—🌍\u00A0\u2028";
    int asBytes = 0;
    for (int k = 0; k < 5_000; k++) {
      StringBuilder body = new StringBuilder();
      for (int i = r.nextInt(30); i > 0; i--) {
        body.append(r.nextInt(3) == 0 ? alphabet.charAt(r.nextInt(alphabet.length())) : 'x');
      }
      String text = body.toString().replace("\ud83c", "").replace("\udf0d", "🌍");
      java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
      List<String> order = new java.util.ArrayList<>(List.of("headline", "body", "id", "keywords", "meta"));
      java.util.Collections.shuffle(order, r);
      for (String f : order) {
        fields.put(f, switch (f) {
          case "headline" -> "Envoys “meet”";
          case "body" -> text;
          case "id" -> r.nextInt(100);
          case "keywords" -> List.of("body", "un");
          default -> java.util.Map.of("body", "nested");
        });
      }
      byte[] line = JsonArticles.mapper().writeValueAsBytes(fields);
      RecordingSink sink = new RecordingSink();
      new JsonLinesParser().parse(new ByteArrayInputStream(line), "f.jsonl", sink);
      String reason = generalReason(line);
      String shown = new String(line, StandardCharsets.UTF_8);
      if (reason == null) {
        RawArticle article = sink.articles.get(0);
        assertThat(article).as(shown).isEqualTo(general(line));
        asBytes += article.bodyUtf8() != null ? 1 : 0;
      } else {
        assertThat(sink.problems).as(shown).singleElement().asString().startsWith("line 1|" + reason + "|");
      }
    }
    assertThat(asBytes).as("bodies held as bytes").isGreaterThan(500);
  }

  private static RawArticle general(byte[] line) throws Exception {
    return JsonArticles.fromNode(JsonArticles.mapper().readTree(line), SourceFormat.JSON, "f.jsonl:1");
  }

  /** The reason the general path gives for a line, or null when it reads an article from it. */
  private static String generalReason(byte[] line) {
    try {
      RawArticle a = JsonArticles.fromNode(JsonArticles.mapper().readTree(line), SourceFormat.JSON, "f.jsonl:1");
      return a.problem();
    } catch (JsonArticles.InvalidField e) {
      return "invalid field";
    } catch (Exception e) {
      return e.getMessage().contains("Invalid UTF-8") ? "invalid UTF-8" : "malformed JSON";
    }
  }

  @Test
  void linesTheBodyReaderGivesUpOnEndAsTheGeneralPathEndsThem() throws Exception {
    String h = "{\"headline\":\"Talks\",\"body\":\"";
    List<byte[]> lines = new java.util.ArrayList<>();
    for (String tail : List.of("a\tb\"}", "a\u0001b\"}", "a\"} trailing", "a\"}}", "a\",}", "a\" , \"x\":[}",
        "a\\u00\"}", "a\\/b\"}")) {
      lines.add((h + tail).getBytes(StandardCharsets.UTF_8));
    }
    for (int[] bad : new int[][] {{0xC0, 0x80}, {0xED, 0xA0, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xE2, 0x80},
        {0x80}, {0xF0, 0x9F, 0x8C, 0x8D}}) {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      line.writeBytes(h.getBytes(StandardCharsets.UTF_8));
      for (int x : bad) {
        line.write(x);
      }
      line.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
      lines.add(line.toByteArray());
    }
    for (byte[] line : lines) {
      String shown = java.util.HexFormat.of().formatHex(line);
      RecordingSink sink = new RecordingSink();
      new JsonLinesParser().parse(new ByteArrayInputStream(line), "f.jsonl", sink);
      String reason = generalReason(line);
      if (reason == null) {
        assertThat(sink.problems).as(shown).isEmpty();
        assertThat(sink.articles).as(shown).singleElement()
            .isEqualTo(JsonArticles.fromNode(JsonArticles.mapper().readTree(line), SourceFormat.JSON, "f.jsonl:1"));
      } else {
        assertThat(sink.articles).as(shown).isEmpty();
        assertThat(sink.problems).as(shown).singleElement().asString().startsWith("line 1|" + reason + "|");
      }
    }
  }

  @Test
  void badLinesAreReportedAsTheGeneralPathNamesThem() throws Exception {
    assertThat(parse("{\"headline\":\"Talks\",\"body\":12}").problems).singleElement().asString()
        .startsWith("line 1|invalid field|'body' must be a string");
    assertThat(parse("{\"headline\":\"Talks\",\"body\":\"a\",\"published\":\"someday\"}").problems)
        .singleElement().asString().startsWith("line 1|invalid field|");
    assertThat(parse("{\"headline\":\"Talks\",\"body\":\"a\\q\"}").problems).singleElement().asString()
        .startsWith("line 1|malformed JSON|");
    assertThat(parse("{\"headline\":\"Talks\",\"body\":\"unclosed}").problems).singleElement().asString()
        .startsWith("line 1|malformed JSON|");
    assertThat(parse("{\"headline\":\"Talks\",\"body\":\"\"}").problems).singleElement().asString()
        .startsWith("line 1|missing or empty body|");
    assertThat(parse("{\"headline\":\"Talks\",\"body\":\"\\u3000\"}").problems).as("blank, not empty")
        .singleElement().asString().startsWith("line 1|missing or empty body|");
    byte[] badUtf8 = "{\"headline\":\"Talks\",\"body\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    RecordingSink sink = new RecordingSink();
    new JsonLinesParser().parse(new ByteArrayInputStream(badUtf8), "f.jsonl", sink);
    assertThat(sink.problems).singleElement().asString().startsWith("line 1|invalid UTF-8|");
    assertThat(sink.articles).isEmpty();
  }
}
