package io.wirewatch.ingest.parse;

import io.wirewatch.ingest.RawArticle;

/**
 * Where a parser hands what it read: each article, or a problem with one item. A parser never
 * throws for a bad item; it reports it here and goes on with the next one.
 */
public interface ParseSink {
  void article(RawArticle article);

  /**
   * One item could not be read.
   *
   * @param location where in the input, e.g. {@code line 12} or {@code item 3}
   * @param reason a short, stable reason (used to group the run summary), e.g. {@code malformed JSON}
   * @param detail the specific problem, for the log
   */
  void problem(String location, String reason, String detail);
}
