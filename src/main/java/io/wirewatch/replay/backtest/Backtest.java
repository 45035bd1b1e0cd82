package io.wirewatch.replay.backtest;

import io.wirewatch.avro.Article;
import io.wirewatch.replay.HistoryReader;
import io.wirewatch.replay.HistoryReader.ProgressListener;
import io.wirewatch.replay.TimeRange;
import io.wirewatch.topics.TopicNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Re-tags the raw article history of a time range with two rule sets and compares them, topic by
 * topic. Reads {@code news.articles.raw} like a replay (bounded, read-committed, no group) and
 * writes nothing to Kafka. Memory is bounded by the number of event topics and the sample size.
 *
 * <pre>{@code
 * BacktestReport r = new Backtest(clientProps, articleDeserializer)
 *     .run(range, factory.bundled(), factory.fromFile(Path.of("new.yaml")), change -> {}, 5, ProgressListener.NONE);
 * }</pre>
 */
public final class Backtest {
  private final Properties clientProps;
  private final Deserializer<Article> deserializer;
  private final String topic;

  public Backtest(Properties clientProps, Deserializer<Article> deserializer) {
    this(clientProps, deserializer, TopicNames.ARTICLES_RAW);
  }

  /** Backtests over another raw-article topic (e.g. a copy). */
  public Backtest(Properties clientProps, Deserializer<Article> deserializer, String topic) {
    this.clientProps = clientProps;
    this.deserializer = deserializer;
    this.topic = topic;
  }

  /**
   * Runs the comparison.
   *
   * @param current the rules in force
   * @param proposed the rules to try
   * @param changes receives every change as it is found (e.g. a JSON Lines writer)
   * @param samplesPerKind how many added and how many removed changes to keep per topic for the report
   */
  public BacktestReport run(TimeRange range, EventTagger current, EventTagger proposed,
      Consumer<BacktestChange> changes, int samplesPerKind, ProgressListener progress) throws Exception {
    Map<String, Tally> tallies = new TreeMap<>();
    HistoryReader.Stats stats = new HistoryReader(clientProps).read(topic, range, null, deserializer, r -> {
      Article a = r.value();
      if (a == null) {
        return;
      }
      Map<String, EventTagger.TopicHit> before = byTopic(current.events(a));
      Map<String, EventTagger.TopicHit> after = byTopic(proposed.events(a));
      for (EventTagger.TopicHit h : before.values()) {
        Tally t = tallies.computeIfAbsent(h.topic(), Tally::new);
        t.current++;
        if (!after.containsKey(h.topic())) {
          t.record(new BacktestChange(a.getId(), a.getRevision(), h.topic(), BacktestChange.Kind.REMOVED,
              a.getHeadline(), h.sentence()), samplesPerKind, changes);
        }
      }
      for (EventTagger.TopicHit h : after.values()) {
        Tally t = tallies.computeIfAbsent(h.topic(), Tally::new);
        t.proposed++;
        if (!before.containsKey(h.topic())) {
          t.record(new BacktestChange(a.getId(), a.getRevision(), h.topic(), BacktestChange.Kind.ADDED,
              a.getHeadline(), h.sentence()), samplesPerKind, changes);
        }
      }
    }, progress);
    List<BacktestReport.TopicCounts> counts = new ArrayList<>();
    for (Tally t : tallies.values()) {
      counts.add(new BacktestReport.TopicCounts(t.topic, t.current, t.proposed, t.added, t.removed, t.samples));
    }
    counts.sort(Comparator.comparingLong((BacktestReport.TopicCounts c) -> -(c.added() + c.removed()))
        .thenComparing(BacktestReport.TopicCounts::topic));
    return new BacktestReport(range, stats.recordsRead(), counts, stats.elapsed());
  }

  private static Map<String, EventTagger.TopicHit> byTopic(List<EventTagger.TopicHit> hits) {
    Map<String, EventTagger.TopicHit> m = new HashMap<>();
    for (EventTagger.TopicHit h : hits) {
      // Keep the most confident hit of a topic: it is the evidence shown.
      m.merge(h.topic(), h, (x, y) -> y.confidence() > x.confidence() ? y : x);
    }
    return m;
  }

  private static final class Tally {
    final String topic;
    long current;
    long proposed;
    long added;
    long removed;
    int addedSamples;
    int removedSamples;
    final List<BacktestChange> samples = new ArrayList<>();

    Tally(String topic) {
      this.topic = topic;
    }

    void record(BacktestChange c, int max, Consumer<BacktestChange> sink) {
      if (c.change() == BacktestChange.Kind.ADDED) {
        added++;
        if (addedSamples++ < max) {
          samples.add(c);
        }
      } else {
        removed++;
        if (removedSamples++ < max) {
          samples.add(c);
        }
      }
      sink.accept(c);
    }
  }
}
