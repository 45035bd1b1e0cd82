package io.wirewatch.replay;

import io.wirewatch.client.ClientConfig;

import io.wirewatch.UserException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one topic over a time range and stops by itself.
 *
 * <p>Every partition is positioned at the first offset whose timestamp is at or after
 * {@code from} ({@code offsetsForTimes}); the read ends at the first offset at or after {@code to},
 * or, without {@code to}, at the end offsets captured when the read starts, so records written
 * while it runs are not chased. Partitions are {@code assign()}ed: no consumer group, nothing
 * committed. {@code isolation.level=read_committed}, so aborted transactions never show up.
 * Records inside the offset window whose timestamps fall outside the range (producers may set
 * timestamps out of order) are skipped too. Records are handed over one by one: memory stays
 * constant whatever the range. A record that cannot be deserialised is counted, logged with its
 * coordinates and skipped.
 *
 * <p>Not thread-safe; one read per instance of the consumer it creates.
 */
public final class HistoryReader {
  private static final Logger LOG = LoggerFactory.getLogger(HistoryReader.class);
  private static final long PROGRESS_EVERY_MS = 500;

  /** Receives the records of the range, in offset order within each partition. */
  @FunctionalInterface
  public interface RecordVisitor<T> {
    void accept(ConsumerRecord<byte[], T> record) throws Exception;
  }

  /** Told now and then how far the read is; called on the reading thread. */
  @FunctionalInterface
  public interface ProgressListener {
    ProgressListener NONE = (read, done, total) -> { };

    /**
     * @param recordsRead records handed to the visitor so far
     * @param offsetsDone offsets passed so far, across partitions
     * @param offsetsTotal offsets in the window (an upper bound on records: control markers count)
     */
    void onProgress(long recordsRead, long offsetsDone, long offsetsTotal);
  }

  /** Where each partition starts and ends (end exclusive). */
  public record Window(String topic, Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
    public Window {
      start = Map.copyOf(start);
      end = Map.copyOf(end);
    }

    /** Offsets between start and end over all partitions. */
    public long offsets() {
      long n = 0;
      for (Map.Entry<TopicPartition, Long> e : start.entrySet()) {
        n += Math.max(0, end.get(e.getKey()) - e.getValue());
      }
      return n;
    }
  }

  /** What a read saw. */
  public record Stats(long recordsRead, long outOfRange, long undecodable, long offsets, Duration elapsed) {}

  private final Properties clientProps;
  private Duration stallTimeout = Duration.ofSeconds(60);

  /**
   * @param clientProps Kafka client settings ({@code bootstrap.servers}, TLS/SASL...); registry
   *     settings in it are ignored here
   */
  public HistoryReader(Properties clientProps) {
    this.clientProps = clientProps;
  }

  /** How long the read may go without passing a single offset before it gives up (default 60 s). */
  public HistoryReader stallTimeout(Duration timeout) {
    this.stallTimeout = timeout;
    return this;
  }

  /** Consumer settings for a bounded, group-less, read-committed scan. */
  public static Properties consumerProps(Properties clientProps) {
    return ClientConfig.of(clientProps).reader("wirewatch-replay", ClientConfig.Reading.BULK);
  }

  /**
   * Works out the offsets a range maps to, without reading any record.
   *
   * @throws UserException when the topic does not exist (the message lists the Wirewatch topics)
   */
  public Window window(String topic, TimeRange range) {
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(consumerProps(clientProps),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      return window(c, topic, range);
    }
  }

  static Window window(KafkaConsumer<?, ?> c, String topic, TimeRange range) {
    List<PartitionInfo> infos = c.partitionsFor(topic);
    if (infos == null || infos.isEmpty()) {
      throw unknownTopic(c, topic);
    }
    List<TopicPartition> parts = new ArrayList<>();
    for (PartitionInfo i : infos) {
      parts.add(new TopicPartition(topic, i.partition()));
    }
    Map<TopicPartition, Long> endOffsets = c.endOffsets(parts);
    Map<TopicPartition, Long> start = new HashMap<>();
    Map<TopicPartition, Long> end = new HashMap<>();
    Map<TopicPartition, OffsetAndTimestamp> fromOffsets = c.offsetsForTimes(at(parts, range.from().toEpochMilli()));
    Map<TopicPartition, OffsetAndTimestamp> toOffsets =
        range.to() == null ? Map.of() : c.offsetsForTimes(at(parts, range.to().toEpochMilli()));
    for (TopicPartition tp : parts) {
      long last = endOffsets.get(tp);
      OffsetAndTimestamp s = fromOffsets.get(tp);
      OffsetAndTimestamp e = toOffsets.get(tp);
      // No record at or after the bound means the bound lies beyond the partition's end.
      long to = e == null ? last : Math.min(e.offset(), last);
      long from = s == null ? to : Math.min(s.offset(), to);
      start.put(tp, from);
      end.put(tp, to);
    }
    return new Window(topic, start, end);
  }

  private static Map<TopicPartition, Long> at(List<TopicPartition> parts, long ts) {
    Map<TopicPartition, Long> m = new LinkedHashMap<>();
    parts.forEach(tp -> m.put(tp, ts));
    return m;
  }

  private static UserException unknownTopic(KafkaConsumer<?, ?> c, String topic) {
    Set<String> wirewatch = new TreeSet<>();
    for (String name : c.listTopics().keySet()) {
      if (name.startsWith("news.")) {
        wirewatch.add(name);
      }
    }
    return new UserException("topic '" + topic + "' does not exist on this cluster; "
        + (wirewatch.isEmpty()
            ? "no Wirewatch topics exist there yet — create them with `wirewatch topics apply`"
            : "Wirewatch topics there: " + String.join(", ", wirewatch) + " — check --topic"));
  }

  /**
   * Reads every record of the range and hands it to {@code visitor}.
   *
   * @param window from {@link #window}, or null to compute it now
   * @throws Exception whatever the visitor throws, unchanged
   */
  public <T> Stats read(String topic, TimeRange range, Window window, Deserializer<T> valueDeserializer,
      RecordVisitor<T> visitor, ProgressListener progress) throws Exception {
    long t0 = System.nanoTime();
    try (KafkaConsumer<byte[], T> c = new KafkaConsumer<>(consumerProps(clientProps),
        new ByteArrayDeserializer(), valueDeserializer)) {
      Window w = window != null ? window : window(c, topic, range);
      Set<TopicPartition> active = new HashSet<>();
      for (Map.Entry<TopicPartition, Long> e : w.start().entrySet()) {
        if (e.getValue() < w.end().get(e.getKey())) {
          active.add(e.getKey());
        }
      }
      long total = w.offsets();
      long read = 0;
      long outOfRange = 0;
      long undecodable = 0;
      if (active.isEmpty()) {
        progress.onProgress(0, 0, total);
        return new Stats(0, 0, 0, total, Duration.ofNanos(System.nanoTime() - t0));
      }
      c.assign(active);
      active.forEach(tp -> c.seek(tp, w.start().get(tp)));
      long lastReport = 0;
      long lastDone = -1;
      long lastAdvance = System.nanoTime();
      while (!active.isEmpty()) {
        ConsumerRecords<byte[], T> batch;
        try {
          batch = c.poll(Duration.ofMillis(200));
        } catch (RecordDeserializationException bad) {
          undecodable++;
          LOG.warn("skipping record that cannot be deserialised at {}-{} offset {}: {}", bad.topicPartition().topic(),
              bad.topicPartition().partition(), bad.offset(), bad.getMessage());
          c.seek(bad.topicPartition(), bad.offset() + 1);
          continue;
        }
        for (TopicPartition tp : batch.partitions()) {
          long end = w.end().get(tp);
          for (ConsumerRecord<byte[], T> r : batch.records(tp)) {
            if (r.offset() >= end) {
              break;
            }
            if (!range.contains(r.timestamp())) {
              outOfRange++;
              continue;
            }
            read++;
            visitor.accept(r);
          }
        }
        for (TopicPartition tp : new ArrayList<>(active)) {
          if (c.position(tp) >= w.end().get(tp)) {
            active.remove(tp);
            c.pause(List.of(tp));
          }
        }
        long done = 0;
        for (TopicPartition tp : w.start().keySet()) {
          long s = w.start().get(tp);
          long e = w.end().get(tp);
          done += active.contains(tp) ? Math.min(c.position(tp), e) - s : Math.max(0, e - s);
        }
        long now = System.nanoTime();
        if (done != lastDone) {
          lastDone = done;
          lastAdvance = now;
        } else if (now - lastAdvance > stallTimeout.toNanos()) {
          throw new IllegalStateException("replay of " + topic + " made no progress for " + stallTimeout.toSeconds()
              + " s with partitions " + active + " unfinished: is the cluster reachable, or is a transaction "
              + "holding the last stable offset back?");
        }
        if (now - lastReport > PROGRESS_EVERY_MS * 1_000_000L || active.isEmpty()) {
          lastReport = now;
          progress.onProgress(read, done, total);
        }
      }
      return new Stats(read, outOfRange, undecodable, total, Duration.ofNanos(System.nanoTime() - t0));
    }
  }
}
