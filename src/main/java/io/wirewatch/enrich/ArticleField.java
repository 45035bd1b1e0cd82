package io.wirewatch.enrich;

/** The article field an evidence offset points into. */
public enum ArticleField {
  HEADLINE,
  BODY
}
