package io.wirewatch.production;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;

/**
 * Produces the ids {@code 0..total-1} of an {@link AppUnderTest} at a steady rate in the
 * background, with the producer settings Wirewatch's ingest uses (idempotent, {@code acks=all}),
 * so a test can break the cluster while records are in flight. Counts acknowledgements and keeps
 * every failure.
 */
final class PacedProducer implements AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "paced-producer");
    t.setDaemon(true);
    return t;
  });
  private final AppUnderTest app;
  private final String topic;
  private final int total;
  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicInteger acked = new AtomicInteger();
  private volatile int holdAt = Integer.MAX_VALUE;
  private final List<Exception> failures = new CopyOnWriteArrayList<>();

  PacedProducer(String bootstrap, AppUnderTest app, String topic, int total) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
    this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    this.app = app;
    this.topic = topic;
    this.total = total;
  }

  static String id(int i) {
    return String.format("article-%05d", i);
  }

  /** Sends {@code perTick} records every {@code tick} until all are sent. */
  PacedProducer start(int perTick, Duration tick) {
    ticker.scheduleAtFixedRate(() -> {
      for (int k = 0; k < perTick; k++) {
        int i = sent.get();
        if (i >= total || i >= holdAt) {
          return;
        }
        sent.incrementAndGet();
        producer.send(app.input(topic, id(i)), (metadata, e) -> {
          if (e == null) {
            acked.incrementAndGet();
          } else {
            failures.add(e);
          }
        });
      }
    }, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /**
   * Pauses after {@code sent} records until {@link #release()}: lets a test break the cluster
   * while records are in flight and still have records left to send once it is broken.
   */
  PacedProducer holdAt(int sent) {
    this.holdAt = sent;
    return this;
  }

  void release() {
    this.holdAt = Integer.MAX_VALUE;
  }

  int sent() {
    return sent.get();
  }

  int total() {
    return total;
  }

  int acked() {
    return acked.get();
  }

  List<Exception> failures() {
    return List.copyOf(failures);
  }

  /** Waits until every record is acknowledged or failed. */
  void awaitAllAnswered(Duration timeout) {
    Awaitility.await("all " + total + " records acknowledged").atMost(timeout)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> acked.get() + failures.size() >= total);
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    producer.close(Duration.ofSeconds(10));
  }
}
