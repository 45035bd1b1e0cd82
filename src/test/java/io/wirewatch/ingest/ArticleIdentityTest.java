package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.SourceFormat;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

  @Test
  void theContentHashIsSha256OfTheUtf8TextForBodiesOfEverySize() throws Exception {
    // growing bodies with curly quotes and dashes: each new size may need a larger encoding buffer
    for (int size : new int[] {10, 500, 2100, 6000, 2100, 40_000, 9000}) {
      String body = "Pyongyang’s envoy — “no comment” — left. ".repeat(size / 40 + 1).strip();
      String headline = "Envoy leaves — " + size;
      byte[] expected = java.security.MessageDigest.getInstance("SHA-256")
          .digest((headline + "\n\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(ArticleIdentity.normalizedContentHash(headline, body)).as("body of %d chars", body.length())
          .isEqualTo(java.util.HexFormat.of().formatHex(expected));
    }
  }

  @Test
  void canonicalUrlLowerCasesSchemeAndHostAndDropsDefaultPortAndFragment() {
    assertThat(ArticleIdentity.canonicalUrl("HTTPS://News.Example.COM:443/World/Story?id=7#comments"))
        .isEqualTo("https://news.example.com/World/Story?id=7");
    assertThat(ArticleIdentity.canonicalUrl("http://example.com:80")).isEqualTo("http://example.com/");
    assertThat(ArticleIdentity.canonicalUrl("http://example.com:8080/a")).isEqualTo("http://example.com:8080/a");
  }

  @Test
  void canonicalUrlRemovesTrackingParametersAndSortsTheRest() {
    assertThat(ArticleIdentity.canonicalUrl(
        "https://x.example/a?utm_source=tw&b=2&UTM_Medium=social&fbclid=abc&a=1&gclid=z&mc_cid=q&mc_eid=r"))
        .isEqualTo("https://x.example/a?a=1&b=2");
    assertThat(ArticleIdentity.canonicalUrl("https://x.example/a?utm_source=x")).isEqualTo("https://x.example/a");
  }

  @Test
  void canonicalUrlKeepsTheOrderOfRepeatedParameters() {
    assertThat(ArticleIdentity.canonicalUrl("https://x.example/?tag=b&page=1&tag=a"))
        .isEqualTo("https://x.example/?page=1&tag=b&tag=a");
  }

  @Test
  void canonicalUrlRejectsWhatIsNotHttp() {
    assertThat(ArticleIdentity.canonicalUrl("urn:newsml:x:1")).isNull();
    assertThat(ArticleIdentity.canonicalUrl("ftp://x.example/a")).isNull();
    assertThat(ArticleIdentity.canonicalUrl("not a url at all")).isNull();
  }

  @Test
  void sourceIdWinsOverUrl() {
    RawArticle a = RawArticle.builder().sourceId("afp-1").url("https://afp.example/x").headline("h").body("b").build();
    assertThat(ArticleIdentity.idOf(a)).isEqualTo("afp-1");
  }

  @Test
  void permalinkGuidAndTrackedLinkGiveTheSameId() {
    RawArticle fromFeed = RawArticle.builder().sourceId("https://News.example/a?utm_campaign=rss")
        .headline("h").body("b").build();
    RawArticle fromJson = RawArticle.builder().url("https://news.example/a#top").headline("h").body("b").build();
    assertThat(ArticleIdentity.idOf(fromFeed)).isEqualTo(ArticleIdentity.idOf(fromJson))
        .isEqualTo("https://news.example/a");
  }

  @Test
  void withoutIdOrUrlTheIdHashesSourceAndHeadlineOnly() {
    RawArticle a = RawArticle.builder().source("UPI").headline("Talks  resume").body("First body").build();
    RawArticle edited = RawArticle.builder().source("upi").headline("Talks resume").body("Second body").build();
    RawArticle otherSource = RawArticle.builder().source("AP").headline("Talks resume").body("First body").build();
    assertThat(ArticleIdentity.idOf(a)).startsWith("sha256:").hasSize(7 + 32)
        .isEqualTo(ArticleIdentity.idOf(edited))
        .isNotEqualTo(ArticleIdentity.idOf(otherSource));
  }

  @Test
  void contentHashIgnoresWhitespaceButNotWords() {
    String h = ArticleIdentity.contentHash("Talks resume", "One.\n\nTwo.");
    assertThat(ArticleIdentity.contentHash(" Talks   resume ", "One.\r\n\r\n\r\nTwo.  ")).isEqualTo(h);
    assertThat(ArticleIdentity.contentHash("Talks resume", "One.\n\nThree.")).isNotEqualTo(h);
    assertThat(h).hasSize(64).matches("[0-9a-f]+");
  }

  @Test
  void sameArticleFromTwoParsesGetsTheSameIdAndHash() {
    RawArticle a = TestArticles.article("Envoys meet", "They met.");
    RawArticle b = a.withOrigin("elsewhere").withFormat(SourceFormat.HTTP);
    assertThat(ArticleIdentity.idOf(b)).isEqualTo(ArticleIdentity.idOf(a));
  }
}
