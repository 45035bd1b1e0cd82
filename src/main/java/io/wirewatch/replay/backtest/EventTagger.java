package io.wirewatch.replay.backtest;

import io.wirewatch.avro.Article;
import java.util.List;

/**
 * Tags one article with the event topics of one rule set: what a backtest compares. An adapter
 * over the enrichment library's enricher implements it for real rule files; tests use stand-ins.
 * Implementations must be pure (same article, same answer) and safe to call from one thread.
 */
@FunctionalInterface
public interface EventTagger {
  /** The event topics the article reports, at most one hit per topic; never null. */
  List<TopicHit> events(Article article);

  /**
   * One event topic found in an article.
   *
   * @param topic event-topic id, e.g. sanctions-blocked
   * @param sentence the sentence that triggered it (the evidence shown for a change)
   * @param confidence 0..1
   */
  record TopicHit(String topic, String sentence, double confidence) {}
}
