package io.wirewatch.bench;

import io.wirewatch.replay.HistoryReader;
import io.wirewatch.replay.RegistryDeserializers;
import io.wirewatch.replay.Replay;
import io.wirewatch.replay.ReplayFilter;
import io.wirewatch.replay.TimeRange;
import io.wirewatch.replay.ValueDeserializers;
import io.wirewatch.replay.export.ExportFormat;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Replay throughput against its baseline in the same run: a replay of the whole topic to JSON
 * Lines into a null sink (deserialise, map, serialise) versus a plain consumer that only fetches
 * the same records as bytes. The plain read goes first, also as warm-up of the page cache and the
 * connection; then replay; then the plain read again, and the faster plain read is the baseline.
 */
public final class ReplayBench {
  private ReplayBench() {}

  /**
   * @param records records in the topic at start (both reads see the same ones)
   * @param replayPerSecond replay to JSON Lines, records per second
   * @param plainPerSecond plain byte consumer, records per second
   * @param ratio replay / plain
   */
  public record Result(String topic, long records, double replayPerSecond, double plainPerSecond, double ratio) {
    public String describe() {
      return String.format(Locale.ROOT,
          "replay %s (%,d articles) to JSON Lines: %,.0f articles/s; plain consumer: %,.0f records/s; ratio %.2f",
          topic, records, replayPerSecond, plainPerSecond, ratio);
    }
  }

  /** Measures with the registry deserializers configured from {@code clientProps}. */
  public static Result run(Properties clientProps, String topic) throws Exception {
    return run(clientProps, topic, RegistryDeserializers.from(clientProps));
  }

  /** Measures with the given deserializers. */
  public static Result run(Properties clientProps, String topic, ValueDeserializers deserializers) throws Exception {
    double plain1 = plainRead(clientProps, topic);
    Replay replay = new Replay(clientProps, deserializers, null);
    Replay.Summary s = replay.run(new Replay.Request(topic, new TimeRange(Instant.EPOCH, null), ReplayFilter.all(),
        ExportFormat.JSONL), OutputStream::nullOutputStream, HistoryReader.ProgressListener.NONE);
    double plain2 = plainRead(clientProps, topic);
    double plain = Math.max(plain1, plain2);
    double rate = s.recordsPerSecond();
    return new Result(topic, s.read(), rate, plain, plain == 0 ? 0 : rate / plain);
  }

  /** Reads every record of the topic as bytes; records per second. */
  static double plainRead(Properties clientProps, String topic) {
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(HistoryReader.consumerProps(clientProps),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = new ArrayList<>();
      for (PartitionInfo i : c.partitionsFor(topic)) {
        parts.add(new TopicPartition(topic, i.partition()));
      }
      Map<TopicPartition, Long> end = c.endOffsets(parts);
      c.assign(parts);
      c.seekToBeginning(parts);
      long n = 0;
      long t0 = System.nanoTime();
      List<TopicPartition> left = new ArrayList<>(parts);
      while (!left.isEmpty()) {
        ConsumerRecords<byte[], byte[]> batch = c.poll(Duration.ofMillis(200));
        n += batch.count();
        left.removeIf(tp -> c.position(tp) >= end.get(tp));
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      return secs <= 0 ? 0 : n / secs;
    }
  }
}
