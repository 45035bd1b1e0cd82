package io.wirewatch.ingest.parse;

import static io.wirewatch.ingest.TestArticles.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.ingest.RawArticle;
import io.wirewatch.ingest.TestArticles.RecordingSink;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WireTextParserTest {
  private static final Clock NOV_27 = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
  private final WireTextParser parser = new WireTextParser(Boilerplate.defaults(), NOV_27);

  private RawArticle parseFixture(String name) throws Exception {
    RecordingSink sink = new RecordingSink();
    parser.parse(fixture(name), name, sink);
    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles).hasSize(1);
    return sink.articles.get(0);
  }

  private RecordingSink parseText(String text) throws Exception {
    RecordingSink sink = new RecordingSink();
    parser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.txt", sink);
    return sink;
  }

  @Test
  void foldsRepeatedHeadlineAndReadsUpiDateline() throws Exception {
    RawArticle a = parseFixture("wire/upi-2026-11-20-china-russia-block-north-korea-sanctions.txt");
    assertThat(a.headline()).isEqualTo("China, Russia block U.S. bid for more North Korea sanctions");
    assertThat(a.body()).startsWith("China and Russia on Friday blocked a U.S. proposal");
    assertThat(a.body()).doesNotContain("China, Russia block U.S. bid");
    assertThat(a.source()).isEqualTo("UPI");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    assertThat(a.dateline()).isNull();
    assertThat(a.format()).isEqualTo(SourceFormat.WIRE_TEXT);
  }

  @Test
  void removesPhotoCreditsRelatedLinksAndTrailingHeadlineLists() throws Exception {
    RawArticle a = parseFixture("wire/upi-2026-11-20-china-russia-block-north-korea-sanctions.txt");
    assertThat(a.body())
        .doesNotContain("License Photo")
        .doesNotContain("RELATED")
        .doesNotContain("Latest Headlines")
        .doesNotContain("EU foreign ministers to meet Monday")
        .doesNotContain("Follow Us")
        .endsWith("the latest in a string of launches since late October.");
    assertThat(a.body().split("\n\n")).allMatch(p -> !p.isBlank());
  }

  @Test
  void takesBylineAndPlaceFromApCopy() throws Exception {
    RawArticle a = parseFixture("wire/ap-2026-11-20-un-north-korea-sanctions-hold.txt");
    assertThat(a.byline()).isEqualTo("Marcus Hale");
    assertThat(a.dateline()).isEqualTo("UNITED NATIONS");
    assertThat(a.source()).isEqualTo("AP");
    assertThat(a.published()).isNull();
    assertThat(a.body()).startsWith("China and Russia on Friday put a stop").doesNotContain("By Marcus Hale");
  }

  @Test
  void readsReutersPlaceDateAndSignOff() throws Exception {
    RawArticle a = parseFixture("wire/reuters-2026-11-20-north-korea-sanctions-un.txt");
    assertThat(a.dateline()).isEqualTo("UNITED NATIONS");
    assertThat(a.source()).isEqualTo("Reuters");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    assertThat(a.byline()).isEqualTo("Lena Ortiz");
    assertThat(a.body()).doesNotContain("Reporting by").startsWith("China and Russia have held up");
  }

  @Test
  void datelineInDecemberReadInJanuaryIsLastYear() {
    WireTextParser january = new WireTextParser(Boilerplate.defaults(),
        Clock.fixed(Instant.parse("2027-01-02T08:00:00Z"), ZoneOffset.UTC));
    RawArticle a = january.parseText("Headline\n\nWASHINGTON, Dec. 31 (UPI) -- Body text here.", "t");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-12-31T00:00:00Z"));
    assertThat(a.dateline()).isEqualTo("WASHINGTON");
    assertThat(a.body()).isEqualTo("Body text here.");
  }

  @Test
  void keepsPlaceWithRegion() {
    RawArticle a = parser.parseText("H\n\nKYIV, Ukraine (AP) — Officials said.", "t");
    assertThat(a.dateline()).isEqualTo("KYIV, Ukraine");
    assertThat(a.source()).isEqualTo("AP");
    assertThat(a.body()).isEqualTo("Officials said.");
  }

  @Test
  void bodySentencesThatLookLikeBoilerplateAreKept() throws Exception {
    RecordingSink sink = parseText("Talks resume\n\nBy the end of the week, both sides met.\n\n"
        + "Related talks in Geneva were delayed.\n\nPhoto by the ministry showed the room.");
    RawArticle a = sink.articles.get(0);
    assertThat(a.byline()).isNull();
    assertThat(a.body()).contains("By the end of the week").contains("Related talks in Geneva")
        .contains("Photo by the ministry");
  }

  @Test
  void reportsBinaryJunkInsteadOfPostingIt() throws Exception {
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    junk[0] = 0;
    RecordingSink sink = new RecordingSink();
    parser.parse(new ByteArrayInputStream(junk), "junk.txt", sink);
    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).singleElement().asString().containsAnyOf("binary content", "invalid UTF-8");
  }

  @Test
  void reportsInvalidUtf8() throws Exception {
    byte[] bytes = "Headline\n\nBody with a bad byte: \u0000".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 1] = (byte) 0xC3; // a lead byte with no continuation
    RecordingSink sink = new RecordingSink();
    parser.parse(new ByteArrayInputStream(bytes), "bad.txt", sink);
    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).singleElement().asString().contains("invalid UTF-8");
  }

  @Test
  void reportsHeadlineWithoutBody() throws Exception {
    RecordingSink sink = parseText("Just a headline\n\n\n");
    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).singleElement().asString().contains("missing or empty body");
  }

  @Test
  void userRulesReplaceTheDefaults(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.txt");
    Files.writeString(rules, "drop  Advertisement\nbyline  Written by (.+)\n");
    WireTextParser custom = new WireTextParser(Boilerplate.load(rules), NOV_27);
    RawArticle a = custom.parseText("H\n\nWritten by Ana Ruiz\n\nAdvertisement\n\nText.\n\nFollow Us\n\nMore.", "t");
    assertThat(a.byline()).isEqualTo("Ana Ruiz");
    assertThat(a.body()).isEqualTo("Text.\n\nFollow Us\n\nMore."); // default 'cut Follow Us' replaced
  }

  @Test
  void userRulesCanIncludeTheDefaults(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.txt");
    Files.writeString(rules, "include defaults\ndrop Advertisement\n");
    RawArticle a = new WireTextParser(Boilerplate.load(rules), NOV_27)
        .parseText("H\n\nText.\n\nAdvertisement\n\nFollow Us\n\nMore.", "t");
    assertThat(a.body()).isEqualTo("Text.");
  }

  @Test
  void badRulesAreAllReportedWithLineNumbers(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.txt");
    Files.writeString(rules, "# comment\nremove Foo\ndrop (unclosed\nbyline By .+\n");
    assertThatThrownBy(() -> Boilerplate.load(rules))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("3 problem(s)")
        .hasMessageContaining("line 2").hasMessageContaining("must be one of drop, cut, byline")
        .hasMessageContaining("line 3").hasMessageContaining("not a valid regular expression")
        .hasMessageContaining("line 4").hasMessageContaining("capture group");
  }
}
