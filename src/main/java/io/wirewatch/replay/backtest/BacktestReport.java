package io.wirewatch.replay.backtest;

import io.wirewatch.replay.TimeRange;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a backtest: per event topic, the matches under each rule set, the changes, and a
 * few sample changes (bounded, so the report stays small whatever the range).
 *
 * @param range the time range tagged
 * @param articles article records tagged (each revision counts)
 * @param topics per-topic counts, topics with any match under either set, most changed first
 * @param elapsed how long it took
 */
public record BacktestReport(TimeRange range, long articles, List<TopicCounts> topics, Duration elapsed) {
  public BacktestReport {
    topics = List.copyOf(topics);
  }

  /**
   * Counts for one event topic.
   *
   * @param current matches under the current rules
   * @param proposed matches under the proposed rules
   * @param added found only by the proposed rules
   * @param removed found only by the current rules
   * @param samples up to N added and N removed changes, in the order read
   */
  public record TopicCounts(String topic, long current, long proposed, long added, long removed,
      List<BacktestChange> samples) {
    public TopicCounts {
      samples = List.copyOf(samples);
    }
  }

  public long added() {
    return topics.stream().mapToLong(TopicCounts::added).sum();
  }

  public long removed() {
    return topics.stream().mapToLong(TopicCounts::removed).sum();
  }

  /** The counts for one topic, or null when neither rule set matched it. */
  public TopicCounts topic(String id) {
    return topics.stream().filter(t -> t.topic().equals(id)).findFirst().orElse(null);
  }
}
