package io.wirewatch.bench;

import io.wirewatch.client.ClientConfig;
import io.wirewatch.UserException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The raw throughput of the broker: what a pipeline stage is measured against. Produces text-like
 * records with acks=all and idempotence, then reads them back, after a warm-up.
 */
public final class KafkaBaseline {
  private KafkaBaseline() {}

  /**
   * Records per second and megabytes (10^6 bytes) per second.
   *
   * @param cpuMicrosPerRecord process CPU (client and, when embedded, broker) per record; NaN
   *     when not measured
   */
  public record Rate(long records, long bytes, double seconds, double cpuMicrosPerRecord,
      double cpuMicrosPerRecordWithoutJit) {
    public Rate(long records, long bytes, double seconds, double cpuMicrosPerRecord) {
      this(records, bytes, seconds, cpuMicrosPerRecord, Double.NaN);
    }

    public Rate(long records, long bytes, double seconds) {
      this(records, bytes, seconds, Double.NaN);
    }

    public double recordsPerSecond() {
      return records / seconds;
    }

    public double megabytesPerSecond() {
      return bytes / seconds / 1_000_000.0;
    }

    @Override
    public String toString() {
      return String.format("%,.0f records/s (%.1f MB/s)", recordsPerSecond(), megabytesPerSecond());
    }
  }

  /** Produce and consume rates of one run. */
  public record Result(Rate produce, Rate consume) {}

  /** Producer settings used for the baseline and for Wirewatch's own producers. */
  public static Properties producerProps(Properties client, String codec) {
    return ClientConfig.of(client).producer("wirewatch-bench", ClientConfig.Batching.BULK, codec);
  }

  /**
   * Produces {@code warmup} records (not measured) then {@code records} records of {@code size}
   * bytes to {@code topic}, then consumes the measured ones from their first offset.
   */
  public static Result run(Properties client, String topic, int records, int warmup, int size, String codec,
      Consumer<String> progress) {
    long startOffset;
    Rate produce;
    List<byte[]> values;
    try (RawProducer producer = new RawProducer(client, topic, size, codec)) {
      progress.accept("warming up: " + warmup + " records");
      producer.send(warmup);
      startOffset = endOffset(client, topic);
      progress.accept("producing " + records + " records of " + size + " bytes (" + codec + ")");
      produce = producer.produce(records);
      values = producer.values;
    }
    progress.accept("consuming " + records + " records");
    Rate consume = consume(client, topic, startOffset, records, values);
    return new Result(produce, consume);
  }

  /**
   * Raw produce to one partition of one topic with one producer, kept open so that a bench can
   * measure it in several rounds, each against a warm client and broker. Not thread-safe.
   */
  public static final class RawProducer implements AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final int size;
    private final List<byte[]> values = new ArrayList<>();

    /** Text-like values of {@code size} bytes, compressed with {@code codec}, to partition 0 of {@code topic}. */
    public RawProducer(Properties client, String topic, int size, String codec) {
      TextGenerator gen = new TextGenerator(42);
      for (int i = 0; i < 64; i++) {
        values.add(gen.text(size).getBytes(StandardCharsets.UTF_8));
      }
      this.topic = topic;
      this.size = size;
      this.producer = new KafkaProducer<>(producerProps(client, codec), new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends {@code records} records and waits until every one is acknowledged. */
    public void send(int records) {
      KafkaBaseline.send(producer, topic, records, values);
    }

    /** As {@link #send}, timed: wall clock and process CPU. */
    public Rate produce(int records) {
      ProcessCpu.Reading cpu0 = ProcessCpu.Reading.now();
      long t0 = System.nanoTime();
      send(records);
      double s = (System.nanoTime() - t0) / 1e9;
      ProcessCpu.Reading cpu1 = ProcessCpu.Reading.now();
      return new Rate(records, (long) records * size, s, cpu1.microsPerRecordSince(cpu0, records),
          cpu1.microsPerRecordWithoutJitSince(cpu0, records));
    }

    @Override
    public void close() {
      producer.close();
    }
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, String topic, int n, List<byte[]> values) {
    AtomicReference<Exception> failure = new AtomicReference<>();
    for (int i = 0; i < n; i++) {
      byte[] key = Integer.toString(i).getBytes(StandardCharsets.UTF_8);
      producer.send(new ProducerRecord<>(topic, 0, key, values.get(i % values.size())), (md, e) -> {
        if (e != null) {
          failure.compareAndSet(null, e);
        }
      });
    }
    producer.flush();
    if (failure.get() != null) {
      throw new IllegalStateException("produce failed: " + failure.get().getMessage(), failure.get());
    }
  }

  private static long endOffset(Properties client, String topic) {
    try (KafkaConsumer<byte[], byte[]> c = consumer(client)) {
      TopicPartition tp = new TopicPartition(topic, 0);
      return c.endOffsets(List.of(tp)).get(tp);
    }
  }

  /**
   * Reads the measured records back, timed, keeping the sample of {@link ReadBack#sampled}; then,
   * untimed, checks each sampled record's bytes against what was sent (record {@code i} of a
   * {@link #send} carries value {@code i % values.size()}).
   */
  private static Rate consume(Properties client, String topic, long from, int records, List<byte[]> values) {
    List<ConsumerRecord<byte[], byte[]>> sample = new ArrayList<>();
    Rate rate;
    try (KafkaConsumer<byte[], byte[]> c = consumer(client)) {
      TopicPartition tp = new TopicPartition(topic, 0);
      c.assign(List.of(tp));
      c.seek(tp, from);
      long read = 0;
      long bytes = 0;
      long t0 = System.nanoTime();
      long deadline = t0 + Duration.ofMinutes(5).toNanos();
      while (read < records && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
          if (ReadBack.sampled(read, records)) {
            sample.add(r);
          }
          read++;
          bytes += r.value().length;
        }
      }
      rate = new Rate(read, bytes, (System.nanoTime() - t0) / 1e9);
    }
    if (rate.records() < records) {
      throw new UserException("bench kafka: read back " + rate.records() + " of the " + records + " records written to "
          + topic + " within 5 minutes. No figure is reported: check the broker's health and retry", 3, null);
    }
    for (ConsumerRecord<byte[], byte[]> r : sample) {
      int i = Integer.parseInt(new String(r.key(), StandardCharsets.UTF_8));
      if (!Arrays.equals(r.value(), values.get(i % values.size()))) {
        throw new UserException("bench kafka: record " + i + " at offset " + r.offset() + " of " + topic
            + " reads back other bytes than were sent. No figure is reported: the client or broker changed the "
            + "data; rerun with --verbose and report it", 3, null);
      }
    }
    return rate;
  }

  private static KafkaConsumer<byte[], byte[]> consumer(Properties client) {
    // The same reader settings as replay's, so that the baseline and replay read alike.
    Properties p = ClientConfig.of(client).reader("wirewatch-bench", ClientConfig.Reading.BULK);
    return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }
}
