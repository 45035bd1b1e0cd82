package io.wirewatch.enrich;

import java.time.Instant;
import java.util.Objects;

/**
 * The text the enricher reads. {@code headline} and {@code body} may be empty, never null;
 * {@code lang} (BCP-47, e.g. "fr") and {@code published} may be null. {@code published} lets
 * the event rules tell this year's news from background ("sanctions imposed in 2006").
 */
public record ArticleText(String id, String headline, String body, String lang, Instant published) {
  public ArticleText {
    Objects.requireNonNull(id, "id");
    headline = headline == null ? "" : headline;
    body = body == null ? "" : body;
  }

  public ArticleText(String id, String headline, String body, String lang) {
    this(id, headline, body, lang, null);
  }

  /** The text of one field. */
  public String field(ArticleField f) {
    return f == ArticleField.HEADLINE ? headline : body;
  }
}
