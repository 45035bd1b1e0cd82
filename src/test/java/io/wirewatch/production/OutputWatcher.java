package io.wirewatch.production;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads a topic from the beginning with {@code isolation.level=read_committed} in the background,
 * for the whole test, and counts how often each id appears: what a downstream consumer of
 * Wirewatch sees. Aborted transactions (from a fenced or crashed instance) are never counted.
 */
final class OutputWatcher implements AutoCloseable {
  private final Function<ConsumerRecord<byte[], byte[]>, String> idOf;
  private final BiConsumer<String, ConsumerRecord<byte[], byte[]>> verify;
  private final String topic;
  private final Map<String, Integer> counts = new ConcurrentHashMap<>();
  private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
  private final List<String> wrong = new CopyOnWriteArrayList<>();
  private final AtomicInteger records = new AtomicInteger();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Throwable failure;

  /** Watches the app's output topic: ids by {@link AppUnderTest#idOf}, checked by its verify. */
  static OutputWatcher output(String bootstrap, AppUnderTest app, String topic, int partitions) {
    return new OutputWatcher(bootstrap, topic, partitions, app::idOf, app::verify);
  }

  /** Watches the app's input topic: ids by {@link AppUnderTest#idOfInput}. */
  static OutputWatcher input(String bootstrap, AppUnderTest app, String topic, int partitions) {
    return new OutputWatcher(bootstrap, topic, partitions, app::idOfInput, (id, r) -> { });
  }

  private OutputWatcher(String bootstrap, String topic, int partitions,
      Function<ConsumerRecord<byte[], byte[]>, String> idOf,
      BiConsumer<String, ConsumerRecord<byte[], byte[]>> verify) {
    this.idOf = idOf;
    this.verify = verify;
    this.topic = topic;
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    List<TopicPartition> tps = java.util.stream.IntStream.range(0, partitions)
        .mapToObj(i -> new TopicPartition(topic, i)).toList();
    this.thread = new Thread(() -> run(p, tps), "watch-" + topic);
    this.thread.setDaemon(true);
    this.thread.start();
  }

  private void run(Properties p, List<TopicPartition> tps) {
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      c.assign(tps);
      c.seekToBeginning(tps);
      while (running) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(100))) {
          String id = idOf.apply(r);
          counts.merge(id, 1, Integer::sum);
          records.incrementAndGet();
          try {
            verify.accept(id, r);
          } catch (AssertionError e) {
            wrong.add(e.getMessage());
          }
        }
        for (TopicPartition tp : tps) {
          positions.put(tp, c.position(tp));
        }
      }
    } catch (Throwable t) {
      failure = t;
    }
  }

  /** Distinct ids seen so far. */
  int distinct() {
    return counts.size();
  }

  /** Records seen so far (ids counted with repetition). */
  int records() {
    return records.get();
  }

  /** How often each id was seen. */
  Map<String, Integer> counts() {
    return Map.copyOf(counts);
  }

  /** Ids seen more than once, with their counts. */
  Map<String, Integer> duplicates() {
    return counts.entrySet().stream().filter(e -> e.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Records the app's {@link AppUnderTest#verify} rejected (output watchers only). */
  List<String> wrongOutputs() {
    return List.copyOf(wrong);
  }

  /**
   * Waits until this watcher has read up to the last stable offset of every partition as it is
   * now: everything committed so far has been counted, duplicates included.
   */
  void awaitCaughtUp(Admin admin, Duration timeout) throws Exception {
    Map<TopicPartition, OffsetSpec> latest = positionsWanted();
    Map<TopicPartition, Long> ends = admin.listOffsets(latest,
            new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
        .all().get(30, TimeUnit.SECONDS).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    Awaitility.await("reading " + topic + " up to " + ends).atMost(timeout)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> {
          if (failure != null) {
            throw new AssertionError("watcher of " + topic + " failed", failure);
          }
          return ends.entrySet().stream()
              .allMatch(e -> positions.getOrDefault(e.getKey(), -1L) >= e.getValue());
        });
  }

  private Map<TopicPartition, OffsetSpec> positionsWanted() {
    Awaitility.await("watcher of " + topic + " assigned").atMost(Duration.ofSeconds(30))
        .until(() -> !positions.isEmpty());
    return positions.keySet().stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(10_000);
  }
}
