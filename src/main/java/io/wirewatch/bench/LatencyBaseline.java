package io.wirewatch.bench;

import io.wirewatch.client.ClientConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;

/**
 * The bare broker's produce-to-consume latency at a steady rate: the floor under any end-to-end
 * latency a pipeline stage reports. Each record carries its send time (System.nanoTime of this JVM).
 */
public final class LatencyBaseline {
  private LatencyBaseline() {}

  /** Percentiles in milliseconds. */
  public record Latency(int samples, double p50, double p95, double p99, double max) {
    @Override
    public String toString() {
      return String.format("p50 %.1f ms · p95 %.1f ms · p99 %.1f ms · max %.1f ms (%d records)", p50, p95, p99, max,
          samples);
    }
  }

  public static Latency measure(Properties client, String topic, int perSecond, Duration duration, int size)
      throws InterruptedException {
    ClientConfig settings = ClientConfig.of(client);
    Properties cp = settings.reader("wirewatch-bench-latency", ClientConfig.Reading.DEFAULT);
    Properties pp = settings.producer("wirewatch-bench-latency", ClientConfig.Batching.IMMEDIATE);
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean done = new AtomicBoolean();
    byte[] payload = new TextGenerator(3).text(size).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (KafkaConsumer<Long, byte[]> consumer = new KafkaConsumer<>(cp, new LongDeserializer(), new ByteArrayDeserializer());
        KafkaProducer<Long, byte[]> producer = new KafkaProducer<>(pp, new LongSerializer(), new ByteArraySerializer())) {
      TopicPartition tp = new TopicPartition(topic, 0);
      consumer.assign(List.of(tp));
      consumer.seekToEnd(List.of(tp));
      consumer.position(tp);
      Thread reader = new Thread(() -> {
        while (!done.get()) {
          consumer.poll(Duration.ofMillis(50)).forEach(r ->
              latencies.add((System.nanoTime() - r.key()) / 1e6));
        }
      }, "latency-reader");
      reader.start();
      long intervalNanos = 1_000_000_000L / perSecond;
      long end = System.nanoTime() + duration.toNanos();
      long next = System.nanoTime();
      int sent = 0;
      while (System.nanoTime() < end) {
        long now = System.nanoTime();
        if (now < next) {
          Thread.sleep(Math.max(0, (next - now) / 1_000_000), (int) ((next - now) % 1_000_000));
          continue;
        }
        producer.send(new ProducerRecord<>(topic, 0, System.nanoTime(), payload));
        sent++;
        next += intervalNanos;
      }
      producer.flush();
      long drainEnd = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (latencies.size() < sent && System.nanoTime() < drainEnd) {
        Thread.sleep(20);
      }
      done.set(true);
      reader.join();
    }
    List<Double> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Latency(sorted.size(), pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99),
        sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1));
  }

  static double pct(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }
}
