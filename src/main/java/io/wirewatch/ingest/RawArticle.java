package io.wirewatch.ingest;

import io.wirewatch.avro.SourceFormat;
import io.wirewatch.avro.TimePrecision;
import io.wirewatch.ingest.parse.SourceTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An article as a parser read it, before it has an id or a revision. The headline and body are
 * normalised on construction (see {@link Text#inline} and {@link Text#paragraphs}); optional
 * fields are {@code null} when the source does not say. Immutable; equal when every field is.
 *
 * <p>A parser that has the body as UTF-8 already (JSON Lines reads it from the line) may give it
 * as such ({@link Builder#bodyUtf8}): when it is in paragraph form, the article keeps those bytes
 * and makes the body String only if someone asks for it. Ingest then hashes and posts the bytes,
 * and a 5 KB body is never decoded into a String and encoded back.
 *
 * <p>Fields: {@code sourceId} the source's own identifier (ninjs uri, RSS guid, JSON id), or null;
 * {@code url} the article's URL as given, or null; {@code source} the outlet or agency, or null
 * when unknown; {@code headline} (never null once {@link #problem()} is null); {@code body} plain
 * text, paragraphs separated by blank lines; {@code keywords} never null; {@code origin} where it
 * was read: a file path and line, a feed URL, or {@code http}.
 */
public final class RawArticle {
  private final String sourceId;
  private final String url;
  private final String source;
  private final String headline;
  // The body as a String, or null while only its UTF-8 is held; made from the bytes when first
  // asked for. Racy but safe: every thread that makes it makes an equal String.
  private String body;
  private final byte[] bodyUtf8;
  private final String lang;
  private final Instant published;
  private final TimePrecision publishedPrecision;
  private final Instant firstCreated;
  private final String byline;
  private final String dateline;
  private final List<String> keywords;
  private final SourceFormat format;
  private final String origin;

  public RawArticle(String sourceId, String url, String source, String headline, String body,
      String lang, Instant published, Instant firstCreated, String byline, String dateline,
      List<String> keywords, SourceFormat format, String origin) {
    this(sourceId, url, source, headline, Text.paragraphs(body), null, lang, published,
        TimePrecision.TIME, firstCreated, byline, dateline, keywords, format, origin);
  }

  /** {@code body} is normalised already, or null when {@code bodyUtf8} (in paragraph form) stands for it. */
  private RawArticle(String sourceId, String url, String source, String headline, String body,
      byte[] bodyUtf8, String lang, Instant published, TimePrecision publishedPrecision,
      Instant firstCreated, String byline, String dateline, List<String> keywords,
      SourceFormat format, String origin) {
    this.sourceId = sourceId;
    this.url = url;
    this.source = source;
    // Normalised here, once, so that every way of making an article (parsers, withX) hashes alike.
    this.headline = Text.inline(headline);
    this.body = body;
    this.bodyUtf8 = bodyUtf8;
    this.lang = lang;
    this.published = published;
    this.publishedPrecision = publishedPrecision == null ? TimePrecision.TIME : publishedPrecision;
    this.firstCreated = firstCreated;
    this.byline = byline;
    this.dateline = dateline;
    this.keywords = keywords == null ? List.of() : List.copyOf(keywords);
    this.format = format == null ? SourceFormat.OTHER : format;
    this.origin = origin;
  }

  public String sourceId() {
    return sourceId;
  }

  public String url() {
    return url;
  }

  public String source() {
    return source;
  }

  public String headline() {
    return headline;
  }

  /** Plain text, paragraphs separated by blank lines; null when the source has none. */
  public String body() {
    String b = body;
    if (b == null && bodyUtf8 != null) {
      b = new String(bodyUtf8, StandardCharsets.UTF_8);
      body = b;
    }
    return b;
  }

  /**
   * The UTF-8 of {@link #body()} when the parser gave it (see {@link Builder#bodyUtf8}), else null.
   * Shared, not copied: never to be modified.
   */
  byte[] bodyUtf8() {
    return bodyUtf8;
  }

  public String lang() {
    return lang;
  }

  public Instant published() {
    return published;
  }

  /** {@link TimePrecision#DAY} when the source gave only the date of {@link #published()}. */
  public TimePrecision publishedPrecision() {
    return publishedPrecision;
  }

  public Instant firstCreated() {
    return firstCreated;
  }

  public String byline() {
    return byline;
  }

  public String dateline() {
    return dateline;
  }

  public List<String> keywords() {
    return keywords;
  }

  public SourceFormat format() {
    return format;
  }

  public String origin() {
    return origin;
  }

  /**
   * The largest body ingest accepts, in bytes of UTF-8: 512 KiB, ten times a long feature and well
   * inside the 1 MiB a Kafka record may hold by default with its headline and metadata.
   */
  public static final int MAX_BODY_BYTES = 512 * 1024;

  /**
   * Why this article cannot be posted, or null when it can: a missing or empty headline or body,
   * or a body above {@link #MAX_BODY_BYTES}. The message names the field, the rule and the fix.
   */
  public String problem() {
    String field = problemField();
    if (field == null) {
      return null;
    }
    if (field.equals("body") && !blankBody()) {
      return "body is " + String.format(Locale.ROOT, "%,d", bodyBytes())
          + " bytes of UTF-8, above the limit of " + String.format(Locale.ROOT, "%,d", MAX_BODY_BYTES)
          + " bytes: split the article or trim its body";
    }
    return "missing or empty " + field;
  }

  /** The field {@link #problem()} is about ({@code headline} or {@code body}), or null. */
  public String problemField() {
    if (headline == null || headline.isBlank()) {
      return "headline";
    }
    if (blankBody() || bodyBytes() > MAX_BODY_BYTES) {
      return "body";
    }
    return null;
  }

  private boolean blankBody() {
    // Bytes that hold a letter are not blank; only otherwise is the String made to be sure.
    return bodyUtf8 != null
        ? Utf8Paragraphs.mayBeBlank(bodyUtf8) && body().isBlank()
        : body == null || body.isBlank();
  }

  /** The body's length in UTF-8, counted without encoding it. */
  long bodyBytes() {
    if (bodyUtf8 != null) {
      return bodyUtf8.length;
    }
    long n = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < body.length()
          && Character.isLowSurrogate(body.charAt(i + 1))) {
        n += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        n += 1; // a lone surrogate, which the encoder writes as '?'
      } else {
        n += 3;
      }
    }
    return n;
  }

  public RawArticle withOrigin(String newOrigin) {
    return new RawArticle(sourceId, url, source, headline, body, bodyUtf8, lang, published,
        publishedPrecision, firstCreated, byline, dateline, keywords, format, newOrigin);
  }

  public RawArticle withFormat(SourceFormat newFormat) {
    return new RawArticle(sourceId, url, source, headline, body, bodyUtf8, lang, published,
        publishedPrecision, firstCreated, byline, dateline, keywords, newFormat, origin);
  }

  public RawArticle withBody(String newBody) {
    return new RawArticle(sourceId, url, source, headline, Text.paragraphs(newBody), null, lang,
        published, publishedPrecision, firstCreated, byline, dateline, keywords, format, origin);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawArticle a
        && Objects.equals(sourceId, a.sourceId) && Objects.equals(url, a.url)
        && Objects.equals(source, a.source) && Objects.equals(headline, a.headline)
        && Objects.equals(body(), a.body()) && Objects.equals(lang, a.lang)
        && Objects.equals(published, a.published) && publishedPrecision == a.publishedPrecision
        && Objects.equals(firstCreated, a.firstCreated)
        && Objects.equals(byline, a.byline) && Objects.equals(dateline, a.dateline)
        && keywords.equals(a.keywords) && format == a.format && Objects.equals(origin, a.origin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceId, url, source, headline, body(), lang, published, publishedPrecision,
        firstCreated, byline, dateline, keywords, format, origin);
  }

  @Override
  public String toString() {
    return "RawArticle[sourceId=" + sourceId + ", url=" + url + ", source=" + source
        + ", headline=" + headline + ", body=" + body() + ", lang=" + lang + ", published="
        + published + ", publishedPrecision=" + publishedPrecision + ", firstCreated=" + firstCreated + ", byline=" + byline + ", dateline="
        + dateline + ", keywords=" + keywords + ", format=" + format + ", origin=" + origin + "]";
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
    private byte[] bodyUtf8;
    private String lang;
    private Instant published;
    private TimePrecision publishedPrecision = TimePrecision.TIME;
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
    public Builder body(String v) { body = v; bodyUtf8 = null; return this; }

    /**
     * The body as UTF-8, in place of {@link #body(String)}: valid UTF-8 with no surrogate code
     * points (a JSON parser has checked it), kept and never modified by the article.
     */
    public Builder bodyUtf8(byte[] v) { bodyUtf8 = v; body = null; return this; }
    public Builder lang(String v) { lang = Text.blankToNull(v); return this; }
    public Builder published(Instant v) { published = v; publishedPrecision = TimePrecision.TIME; return this; }

    /** The time and its precision as {@link SourceTime#parse} read them; null for none. */
    public Builder published(SourceTime v) {
      published = v == null ? null : v.instant();
      publishedPrecision = v == null ? TimePrecision.TIME : v.precision();
      return this;
    }
    public Builder firstCreated(Instant v) { firstCreated = v; return this; }
    public Builder byline(String v) { byline = Text.blankToNull(Text.inline(v)); return this; }
    public Builder dateline(String v) { dateline = Text.blankToNull(Text.inline(v)); return this; }
    public Builder keywords(List<String> v) { keywords = v == null ? List.of() : v; return this; }
    public Builder format(SourceFormat v) { format = v; return this; }
    public Builder origin(String v) { origin = v; return this; }

    public String headline() { return headline; }
    public String body() { return bodyUtf8 != null ? new String(bodyUtf8, StandardCharsets.UTF_8) : body; }

    public RawArticle build() {
      if (bodyUtf8 != null && Utf8Paragraphs.isParagraphs(bodyUtf8)) {
        return new RawArticle(sourceId, url, source, headline, null, bodyUtf8, lang, published,
            publishedPrecision, firstCreated, byline, dateline, keywords, format, origin);
      }
      return new RawArticle(sourceId, url, source, headline, Text.paragraphs(body()), null, lang,
          published, publishedPrecision, firstCreated, byline, dateline, keywords, format, origin);
    }
  }
}
