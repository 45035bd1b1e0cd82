package io.wirewatch.replay.backtest;

/**
 * One article whose event topics differ between two rule sets.
 *
 * @param articleId the article id
 * @param revision the article revision (each revision in the range is tagged)
 * @param topic the event topic that appears or disappears
 * @param change {@code ADDED} when only the proposed rules find it, {@code REMOVED} when only the current ones do
 * @param headline the article headline
 * @param evidence the sentence that triggered the match under the rule set that finds it
 */
public record BacktestChange(String articleId, int revision, String topic, Kind change, String headline, String evidence) {
  /** The direction of a change. */
  public enum Kind {
    ADDED, REMOVED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
