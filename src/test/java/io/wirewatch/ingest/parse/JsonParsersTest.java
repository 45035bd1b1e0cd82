package io.wirewatch.ingest.parse;

import static io.wirewatch.ingest.TestArticles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.SourceFormat;
import io.wirewatch.avro.TimePrecision;
import io.wirewatch.ingest.RawArticle;
import io.wirewatch.ingest.TestArticles.RecordingSink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonParsersTest {
  private static final String GOOD =
      "{\"headline\":\"Envoys meet\",\"body\":\"They met.\",\"source\":\"AFP\",\"id\":\"afp-1\"}";

  private static RecordingSink lines(String text) throws IOException {
    RecordingSink sink = new RecordingSink();
    new JsonLinesParser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "f.jsonl", sink);
    return sink;
  }

  private static RecordingSink document(String text) throws IOException {
    RecordingSink sink = new RecordingSink();
    new JsonDocumentParser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "f.json", sink);
    return sink;
  }

  @Test
  void readsEveryFieldOfDemoJsonLines() throws Exception {
    RecordingSink sink = new RecordingSink();
    new JsonLinesParser().parse(fixture("articles.jsonl"), "articles.jsonl", sink);
    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles).hasSize(5);
    RawArticle first = sink.articles.get(0);
    assertThat(first.sourceId()).isEqualTo("afp-20261120-0913");
    assertThat(first.source()).isEqualTo("AFP");
    assertThat(first.lang()).isEqualTo("en");
    assertThat(first.published()).isEqualTo(Instant.parse("2026-11-20T21:14:00Z"));
    assertThat(first.byline()).isEqualTo("Claire Dumont");
    assertThat(first.keywords()).contains("Security Council", "veto");
    assertThat(first.url()).isEqualTo("https://afp.example/world/2026/11/20/us-veto-gaza-draft");
    assertThat(first.body().split("\n\n")).hasSize(3);
    assertThat(first.origin()).isEqualTo("articles.jsonl:1");
    assertThat(sink.articles.get(1).sourceId()).isNull();
  }

  @Test
  void skipsMalformedLineAndGoesOn() throws Exception {
    RecordingSink sink = lines(GOOD + "\n{\"headline\": \"broken\", \n\n" + GOOD.replace("afp-1", "afp-2"));
    assertThat(sink.articles).extracting(RawArticle::sourceId).containsExactly("afp-1", "afp-2");
    assertThat(sink.problems).singleElement().asString().startsWith("line 2|malformed JSON|");
  }

  @Test
  void reportsMissingHeadlineAndEmptyBodyByLine() throws Exception {
    RecordingSink sink = lines("{\"body\":\"x\"}\n{\"headline\":\"h\",\"body\":\"   \"}\n" + GOOD);
    assertThat(sink.articles).hasSize(1);
    assertThat(sink.problems).containsExactly(
        "line 1|missing or empty headline|missing or empty headline",
        "line 2|missing or empty body|missing or empty body");
  }

  @Test
  void reportsWrongFieldTypesAndBadDates() throws Exception {
    RecordingSink sink = lines("{\"headline\":[1],\"body\":\"b\"}\n"
        + "{\"headline\":\"h\",\"body\":\"b\",\"published\":\"yesterday\"}\n"
        + "[1,2]\n");
    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).hasSize(3);
    assertThat(sink.problems.get(0)).contains("invalid field").contains("'headline' must be a string");
    assertThat(sink.problems.get(1)).contains("'published'").contains("RFC 3339");
    assertThat(sink.problems.get(2)).contains("expected a JSON object");
  }

  @Test
  void readsEveryTimeFormThroughSourceTimeAndNamesTheFieldOfARefusal() throws Exception {
    // The table of forms is SourceTimeTest's; here: the JSON field is read with it, the precision
    // kept, and a refusal names the field first, as the HTTP API's problem list expects.
    RecordingSink sink = lines("""
        {"headline":"A","body":"x","published":"2022-01-21"}
        {"headline":"B","body":"x","published":"Fri, 21 Jan 2022 15:40:00 GMT"}
        {"headline":"C","body":"x","published":"2022-01-21 15:40"}
        """);
    assertThat(sink.articles).extracting(RawArticle::published).containsExactly(
        Instant.parse("2022-01-21T00:00:00Z"), Instant.parse("2022-01-21T15:40:00Z"),
        Instant.parse("2022-01-21T15:40:00Z"));
    assertThat(sink.articles).extracting(RawArticle::publishedPrecision).containsExactly(
        TimePrecision.DAY, TimePrecision.TIME, TimePrecision.TIME);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonArticles.parseTime("21/01/2022", "firstCreated"))
        .isInstanceOf(JsonArticles.InvalidField.class)
        .hasMessageStartingWith("'firstCreated' value \"21/01/2022\" is not a time")
        .hasMessageContaining("RFC 3339").hasMessageContaining("RFC 822");
  }

  @Test
  void skipsA50MegabyteLineWithoutHoldingItAndReadsTheNextOne() throws Exception {
    byte[] head = "{\"headline\":\"big\",\"body\":\"".getBytes(StandardCharsets.UTF_8);
    InputStream huge = new InputStream() {
      long left = 50L * 1024 * 1024;

      @Override
      public int read() {
        return left-- > 0 ? 'a' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'a');
        left -= n;
        return n;
      }
    };
    InputStream in = new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(head), huge,
        new ByteArrayInputStream(("\"}\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8)))));
    RecordingSink sink = new RecordingSink();
    new JsonLinesParser().parse(in, "big.jsonl", sink);
    assertThat(sink.problems).singleElement().asString().startsWith("line 1|line too long|");
    assertThat(sink.articles).extracting(RawArticle::sourceId).containsExactly("afp-1");
  }

  @Test
  void reportsInvalidUtf8Line() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(GOOD.getBytes(StandardCharsets.UTF_8));
    out.write('\n');
    out.write("{\"headline\":\"caf".getBytes(StandardCharsets.UTF_8));
    out.write(new byte[] {(byte) 0xE9, (byte) 0xFF}); // Latin-1 é and a byte UTF-8 never uses
    out.write("\",\"body\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
    RecordingSink sink = new RecordingSink();
    new JsonLinesParser().parse(new ByteArrayInputStream(out.toByteArray()), "x.jsonl", sink);
    assertThat(sink.articles).hasSize(1);
    assertThat(sink.problems).singleElement().asString().startsWith("line 2|invalid UTF-8|");
  }

  @Test
  void refusesDeeplyNestedJson() throws Exception {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    RecordingSink sink = lines(deep + "\n" + GOOD);
    assertThat(sink.articles).hasSize(1);
    assertThat(sink.problems).singleElement().asString().startsWith("line 1|malformed JSON|")
        .contains("nesting depth");
    RecordingSink doc = document("{\"headline\":\"h\",\"body\":\"b\",\"x\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5001));
    assertThat(doc.articles).isEmpty();
    assertThat(doc.problems).singleElement().asString().contains("malformed JSON");
  }

  @Test
  void readsNinjsOneShape() throws Exception {
    RecordingSink sink = new RecordingSink();
    new JsonDocumentParser().parse(fixture("ninjs/anadolu-2026-11-22-israel-lebanon-truce-extended.json"), "n.json", sink);
    assertThat(sink.problems).isEmpty();
    RawArticle a = sink.articles.get(0);
    assertThat(a.format()).isEqualTo(SourceFormat.NINJS);
    assertThat(a.sourceId()).isEqualTo("urn:aa.example:text:2026-11-22:3391");
    assertThat(a.headline()).isEqualTo("Israel, Lebanon agree to extend ceasefire monitoring mechanism by six months");
    assertThat(a.body()).isNotBlank();
    assertThat(a.keywords()).isNotEmpty();
    assertThat(a.published()).isNotNull();
  }

  @Test
  void readsNinjsThreeShapeWithHtmlBody() throws Exception {
    RecordingSink sink = new RecordingSink();
    new JsonDocumentParser().parse(fixture("ninjs/yonhap-2026-11-21-seoul-regrets-un-sanctions-hold.json"), "n.json", sink);
    RawArticle a = sink.articles.get(0);
    assertThat(a.sourceId()).isEqualTo("urn:newsml:yna.example:20261121:AEN20261121000300315");
    assertThat(a.headline()).startsWith("Seoul voices regret");
    assertThat(a.byline()).isEqualTo("Kim Soo-yeon");
    assertThat(a.source()).isEqualTo("Yonhap News Agency");
    assertThat(a.keywords()).containsExactly("sanctions", "international relations");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-11-21T04:02:00Z"));
    assertThat(a.firstCreated()).isEqualTo(Instant.parse("2026-11-21T03:10:00Z"));
    assertThat(a.body()).doesNotContain("<p>").doesNotContain("&quot;")
        .contains("\"additional measures of our own.\"");
    assertThat(a.body().split("\n\n")).hasSize(4);
  }

  @Test
  void readsCamelCaseNinjsTimesAndRoles() throws Exception {
    RecordingSink sink = document("{\"uri\":\"urn:x:1\",\"versionCreated\":\"2026-11-20T10:00:00+01:00\","
        + "\"headlines\":[{\"role\":\"sub\",\"value\":\"Sub\"},{\"role\":\"main\",\"value\":\"Main\"}],"
        + "\"bodies\":[{\"role\":\"main\",\"contenttype\":\"text/plain\",\"value\":\"Plain body\"}]}");
    RawArticle a = sink.articles.get(0);
    assertThat(a.headline()).isEqualTo("Main");
    assertThat(a.body()).isEqualTo("Plain body");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
  }

  @Test
  void readsAnArrayAndReportsBadItemsByIndex() throws Exception {
    RecordingSink sink = document("[" + GOOD + ",{\"headline\":\"\",\"body\":\"b\"}," + GOOD.replace("afp-1", "afp-3") + "]");
    assertThat(sink.articles).extracting(RawArticle::sourceId).containsExactly("afp-1", "afp-3");
    assertThat(sink.problems).containsExactly("item 1|missing or empty headline|missing or empty headline");
  }

  @Test
  void truncatedArrayKeepsTheItemsBeforeTheBreak() throws Exception {
    RecordingSink sink = document("[" + GOOD + "," + GOOD.replace("afp-1", "afp-2") + ",{\"headline\":\"h\",");
    assertThat(sink.articles).hasSize(2);
    assertThat(sink.problems).singleElement().asString().startsWith("item 2|malformed JSON|");
  }

  @Test
  void binaryJunkIsMalformedNotFatal() throws Exception {
    byte[] junk = new byte[2048];
    new java.util.Random(3).nextBytes(junk);
    RecordingSink sink = new RecordingSink();
    new JsonDocumentParser().parse(new ByteArrayInputStream(junk), "junk.json", sink);
    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).singleElement().asString().contains("malformed JSON");
    RecordingSink l = new RecordingSink();
    new JsonLinesParser().parse(new ByteArrayInputStream(junk), "junk.jsonl", l);
    assertThat(l.articles).isEmpty();
    assertThat(l.problems).isNotEmpty().allMatch(p -> p.contains("malformed JSON") || p.contains("invalid UTF-8"));
  }

  @Test
  void emptyDocumentIsReported() throws Exception {
    assertThat(document("  ").problems).singleElement().asString().contains("empty file");
  }
}
