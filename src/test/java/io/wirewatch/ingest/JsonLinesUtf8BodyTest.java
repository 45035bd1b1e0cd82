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

  private static RawArticle general(String line) throws Exception {
    return JsonArticles.fromNode(JsonArticles.mapper().readTree(line), SourceFormat.JSON, "f.jsonl:1");
  }

  @Test
  void plainLinesInParagraphFormKeepTheirBodyAsBytesAndMatchTheGeneralPath() throws Exception {
    List<String> lines = List.of(
        "{\"headline\":\"Envoys meet\",\"body\":\"They met \\u201cat length\\u201d.\\n\\nNo deal.\"}",
        "{\"body\":\"Caf\\u00e9 talks \\\"resume\\\" \\\\ today 🌍.\",\"id\":7,\"headline\":\"Talks\",\"x\":null}",
        " { \"headline\" : \"Talks\" , \"meta\":[\"a\",{\"body\":\"no\"}], \"body\" : \"Près de Genève.\" } ",
        "{\"headline\":\"Talks\",\"body\":\"Tab-free.\",\"published\":\"2026-11-20T10:00:00Z\",\"lang\":\"fr\"}");
    for (String line : lines) {
      RecordingSink sink = parse(line);
      assertThat(sink.problems).as(line).isEmpty();
      RawArticle article = sink.articles.get(0);
      assertThat(article).as(line).isEqualTo(general(line));
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
      RecordingSink sink = parse(line);
      assertThat(sink.problems).as(line).isEmpty();
      RawArticle article = sink.articles.get(0);
      assertThat(article).as(line).isEqualTo(general(line));
      assertThat(article.bodyUtf8()).as(line).isNull();
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
