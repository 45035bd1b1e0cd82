package io.wirewatch.ingest.feed;

import static io.wirewatch.ingest.TestArticles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.SourceFormat;
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
}
