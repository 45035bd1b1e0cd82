package io.wirewatch.ingest;

import io.wirewatch.avro.SourceFormat;
import java.time.Instant;
import java.util.List;

/**
 * An article as a parser read it, before it has an id or a revision. The headline and body are
 * normalised on construction (see {@link Text#inline} and {@link Text#paragraphs}); optional fields are {@code null} when the source
 * does not say. Immutable.
 *
 * @param sourceId the source's own identifier (ninjs uri, RSS guid, JSON id), or null
 * @param url the article's URL as given, or null
 * @param source the outlet or agency, or null when unknown
 * @param headline the headline (never null once {@link #problem()} is null)
 * @param body plain text, paragraphs separated by blank lines
 * @param keywords never null
 * @param origin where it was read: a file path and line, a feed URL, or {@code http}
 */
public record RawArticle(
    String sourceId,
    String url,
    String source,
    String headline,
    String body,
    String lang,
    Instant published,
    Instant firstCreated,
    String byline,
    String dateline,
    List<String> keywords,
    SourceFormat format,
    String origin) {

  public RawArticle {
    // Normalised here, once, so that every way of making an article (parsers, withX) hashes alike.
    headline = Text.inline(headline);
    body = Text.paragraphs(body);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    format = format == null ? SourceFormat.OTHER : format;
  }

  /**
   * Why this article cannot be posted, or null when it can: a missing or empty headline or body.
   * The message names the field.
   */
  public String problem() {
    String field = problemField();
    return field == null ? null : "missing or empty " + field;
  }

  /** The field {@link #problem()} is about ({@code headline} or {@code body}), or null. */
  public String problemField() {
    if (headline == null || headline.isBlank()) {
      return "headline";
    }
    if (body == null || body.isBlank()) {
      return "body";
    }
    return null;
  }

  public RawArticle withOrigin(String newOrigin) {
    return new RawArticle(sourceId, url, source, headline, body, lang, published, firstCreated,
        byline, dateline, keywords, format, newOrigin);
  }

  public RawArticle withFormat(SourceFormat newFormat) {
    return new RawArticle(sourceId, url, source, headline, body, lang, published, firstCreated,
        byline, dateline, keywords, newFormat, origin);
  }

  public RawArticle withBody(String newBody) {
    return new RawArticle(sourceId, url, source, headline, newBody, lang, published, firstCreated,
        byline, dateline, keywords, format, origin);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder for parsers, which fill the fields in whatever order their format gives them. */
  public static final class Builder {
    private String sourceId;
    private String url;
    private String source;
    private String headline;
    private String body;
    private String lang;
    private Instant published;
    private Instant firstCreated;
    private String byline;
    private String dateline;
    private List<String> keywords = List.of();
    private SourceFormat format = SourceFormat.OTHER;
    private String origin;

    public Builder sourceId(String v) { sourceId = Text.blankToNull(v); return this; }
    public Builder url(String v) { url = Text.blankToNull(v); return this; }
    public Builder source(String v) { source = Text.blankToNull(Text.inline(v)); return this; }
    public Builder headline(String v) { headline = v; return this; }
    public Builder body(String v) { body = v; return this; }
    public Builder lang(String v) { lang = Text.blankToNull(v); return this; }
    public Builder published(Instant v) { published = v; return this; }
    public Builder firstCreated(Instant v) { firstCreated = v; return this; }
    public Builder byline(String v) { byline = Text.blankToNull(Text.inline(v)); return this; }
    public Builder dateline(String v) { dateline = Text.blankToNull(Text.inline(v)); return this; }
    public Builder keywords(List<String> v) { keywords = v == null ? List.of() : v; return this; }
    public Builder format(SourceFormat v) { format = v; return this; }
    public Builder origin(String v) { origin = v; return this; }

    public String headline() { return headline; }
    public String body() { return body; }

    public RawArticle build() {
      return new RawArticle(sourceId, url, source, headline, body, lang, published, firstCreated,
          byline, dateline, keywords, format, origin);
    }
  }
}
