package io.wirewatch.bench;

import io.wirewatch.replay.HistoryReader;
import io.wirewatch.replay.RegistryDeserializers;
import io.wirewatch.replay.Replay;
import io.wirewatch.replay.ReplayFilter;
import io.wirewatch.replay.TimeRange;
import io.wirewatch.replay.ValueDeserializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.UserException;
import io.wirewatch.replay.export.ExportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
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
  public static Result run(Properties clientProps, String topic, Function<String, String> expectedHeadline)
      throws Exception {
    return run(clientProps, topic, RegistryDeserializers.from(clientProps), expectedHeadline);
  }

  /**
   * Measures with the given deserializers, then checks a sample of the JSON lines replay wrote.
   *
   * @param expectedHeadline the headline written for an article id
   * @throws UserException when a sampled line is not the article written under its id, or the
   *     number of lines is not the number of records read
   */
  public static Result run(Properties clientProps, String topic, ValueDeserializers deserializers,
      Function<String, String> expectedHeadline) throws Exception {
    double plain1 = plainRead(clientProps, topic);
    Replay replay = new Replay(clientProps, deserializers, null);
    SampledLines lines = new SampledLines();
    Replay.Summary s = replay.run(new Replay.Request(topic, new TimeRange(Instant.EPOCH, null), ReplayFilter.all(),
        ExportFormat.JSONL), () -> lines, HistoryReader.ProgressListener.NONE);
    lines.check(topic, s.read(), expectedHeadline);
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

  /**
   * The replay's output, as a null sink that keeps the first and the last line and one in
   * {@link ReadBack#EVERY}, and counts lines.
   */
  static final class SampledLines extends OutputStream {
    private final List<byte[]> kept = new ArrayList<>();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private byte[] last;
    private long count;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      int start = off;
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          line.write(b, start, i - start);
          endLine();
          start = i + 1;
        }
      }
      line.write(b, start, off + len - start);
    }

    private void endLine() {
      byte[] done = line.toByteArray();
      line.reset();
      if (count % ReadBack.EVERY == 0) {
        kept.add(done);
      }
      last = done;
      count++;
    }

    /** Fails unless there are {@code records} lines and each kept one is the article written under its id. */
    void check(String topic, long records, Function<String, String> expectedHeadline) throws IOException {
      if (count != records) {
        throw new UserException("bench replay: replay of " + topic + " wrote " + count + " JSON lines for " + records
            + " records. No figure is reported: replay lost or duplicated records; report it as a bug", 3, null);
      }
      List<byte[]> sample = new ArrayList<>(kept);
      if (last != null) {
        sample.add(last);
      }
      for (byte[] l : sample) {
        JsonNode n = JSON.readTree(l);
        String id = n.path("id").asText();
        String want = expectedHeadline.apply(id);
        if (!n.path("headline").asText().equals(want)) {
          throw new UserException("bench replay: the JSON line of " + id + " from " + topic + " has headline '"
              + n.path("headline").asText() + "', not '" + want + "' as written. No figure is reported: replay "
              + "wrote something other than the topic holds; report it as a bug", 3, null);
        }
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
}
