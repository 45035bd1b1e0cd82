package io.wirewatch.ingest.parse;

import io.wirewatch.ingest.RawArticle;

/**
 * Where a parser hands what it read: each article, or a problem with one item. A parser never
 * throws for a bad item; it reports it here and goes on with the next one.
 */
public interface ParseSink {
  void article(RawArticle article);

  /**
   * As {@link #article(RawArticle)}, with the body's UTF-8 when the parser has it at hand, so that
   * it need not be encoded again; a sink that has no use for it need not override this.
   *
   * @param bodyUtf8 exactly {@code article.body().getBytes(UTF_8)}, or null
   */
  default void article(RawArticle article, byte[] bodyUtf8) {
    article(article);
  }

  /**
   * One item could not be read.
   *
   * @param location where in the input, e.g. {@code line 12} or {@code item 3}
   * @param reason a short, stable reason (used to group the run summary), e.g. {@code malformed JSON}
   * @param detail the specific problem, for the log
   */
  void problem(String location, String reason, String detail);
}
