package io.wirewatch.ingest.feed;

import static io.wirewatch.ingest.TestArticles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.SourceFormat;
import io.wirewatch.avro.TimePrecision;
import io.wirewatch.ingest.RawArticle;
import io.wirewatch.ingest.TestArticles.RecordingSink;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  private final FeedParser parser = new FeedParser();

  @Test
  void readsRssItemsWithCleanTextFromHtmlDescriptions() throws Exception {
    RecordingSink sink = new RecordingSink();
    parser.parse(fixture("feed.xml"), "https://meridianpost.example/world/rss.xml", sink);
    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles).hasSize(7).allSatisfy(a -> {
      assertThat(a.format()).isEqualTo(SourceFormat.RSS);
      assertThat(a.source()).isEqualTo("The Meridian Post — World");
      assertThat(a.body()).doesNotContain("<p>", "</p>", "<a ", "&amp;", "&lt;", "&quot;", "&ldquo;");
    });
    RawArticle iaea = sink.articles.get(0);
    assertThat(iaea.sourceId()).isEqualTo("meridian-2026-11-20-iaea-iran");
    assertThat(iaea.url()).isEqualTo("https://meridianpost.example/world/2026/11/20/iaea-board-iran");
    assertThat(iaea.published()).isEqualTo(Instant.parse("2026-11-20T17:30:00Z"));
    assertThat(iaea.byline()).isEqualTo("Ingrid Sollner");
    assertThat(iaea.keywords()).containsExactly("Nuclear");
    assertThat(iaea.body()).contains("Germany & the United States").contains("“respond firmly”")
        .contains("International Atomic Energy Agency passed");
    assertThat(iaea.body().split("\n\n")).hasSize(2);
    // entity-escaped HTML (not CDATA) is cleaned the same way
    assertThat(sink.articles.get(1).body()).contains("prisoners of war & the return").contains("\"no breakthroughs\"");
  }

  @Test
  void readsAtomEntries() throws Exception {
    RecordingSink sink = new RecordingSink();
    parser.parse(fixture("atom.xml"), "https://world-briefs.example/atom.xml", sink);
    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles).hasSize(4).allSatisfy(a -> assertThat(a.format()).isEqualTo(SourceFormat.ATOM));
    RawArticle first = sink.articles.get(0);
    assertThat(first.sourceId()).isEqualTo("tag:world-briefs.example,2026:estonia-expels-russian-diplomat");
    assertThat(first.published()).isEqualTo(Instant.parse("2026-11-20T12:40:00Z"));
    assertThat(first.byline()).isEqualTo("Kadri Tamm");
    assertThat(first.body()).contains("Russia’s embassy called the decision “another provocation”.");
    assertThat(sink.articles.get(1).body()).startsWith("Les Vingt-Sept ont levé lundi");
  }

  @Test
  void reportsItemsWithoutTextAndKeepsTheOthers() throws Exception {
    String rss = "<rss version=\"2.0\"><channel><title>T</title>"
        + "<item><title>Only a title</title><guid>g1</guid></item>"
        + "<item><title>Full</title><guid>g2</guid><description>&lt;b&gt;Text&lt;/b&gt;</description></item>"
        + "</channel></rss>";
    RecordingSink sink = new RecordingSink();
    parser.parse(new ByteArrayInputStream(rss.getBytes(StandardCharsets.UTF_8)), "u", sink);
    assertThat(sink.articles).extracting(RawArticle::body).containsExactly("Text");
    assertThat(sink.problems).singleElement().asString().startsWith("item 0 (g1)|missing or empty body");
  }

  @Test
  void refusesDoctypesAndMalformedXml() throws Exception {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
    RecordingSink sink = new RecordingSink();
    parser.parse(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "u", sink);
    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).singleElement().asString().startsWith("feed|malformed feed");

    RecordingSink broken = new RecordingSink();
    parser.parse(new ByteArrayInputStream("<rss><channel><item>".getBytes(StandardCharsets.UTF_8)), "u", broken);
    assertThat(broken.problems).singleElement().asString().startsWith("feed|malformed feed");
  }

  @Test
  void readsDatesAsTheFeedWroteThemAndSkipsAnItemWithAnUnreadableOne() throws Exception {
    String rss = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>T</title>"
        + item("a", "<pubDate>Fri, 21 Jan 22 10:40:00 EST</pubDate>")
        + item("b", "<pubDate>Thu, 21 Jul 2022 17:40 +0200</pubDate>")
        + item("c", "<dc:date>2022-01-21</dc:date>")
        + item("d", "<pubDate>21.01.2022 15:40</pubDate>")
        + item("e", "")
        + "</channel></rss>";
    RecordingSink sink = new RecordingSink();
    parser.parse(new ByteArrayInputStream(rss.getBytes(StandardCharsets.UTF_8)), "u", sink);
    assertThat(sink.articles).extracting(RawArticle::sourceId).containsExactly("a", "b", "c", "e");
    assertThat(sink.articles).extracting(RawArticle::published).containsExactly(
        Instant.parse("2022-01-21T15:40:00Z"), Instant.parse("2022-07-21T15:40:00Z"),
        Instant.parse("2022-01-21T00:00:00Z"), null);
    assertThat(sink.articles).extracting(RawArticle::publishedPrecision).containsExactly(
        TimePrecision.TIME, TimePrecision.TIME, TimePrecision.DAY, TimePrecision.TIME);
    assertThat(sink.problems).singleElement().asString()
        .startsWith("item 3 (d)|publication date \"21.01.2022 15:40\" is not a time Wirewatch can read")
        .contains("RFC 822");
  }

  @Test
  void readsAtomDatesWithAnyOffsetAndADateAlone() throws Exception {
    String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>"
        + "<entry><id>a</id><title>A</title><summary>x</summary><updated>2022-01-21T17:40:00.5+02:00</updated></entry>"
        + "<entry><id>b</id><title>B</title><summary>x</summary><published>2024-02-29</published>"
        + "<updated>2024-03-01T08:00:00Z</updated></entry>"
        + "</feed>";
    RecordingSink sink = new RecordingSink();
    parser.parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)), "u", sink);
    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles).extracting(RawArticle::published).containsExactly(
        Instant.parse("2022-01-21T15:40:00.500Z"), Instant.parse("2024-02-29T00:00:00Z"));
    assertThat(sink.articles.get(1).publishedPrecision()).isEqualTo(TimePrecision.DAY);
  }

  private static String item(String guid, String date) {
    return "<item><title>" + guid + "</title><guid>" + guid + "</guid><description>Text</description>"
        + date + "</item>";
  }
}
