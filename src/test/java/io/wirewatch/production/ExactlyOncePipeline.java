package io.wirewatch.production;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.awaitility.Awaitility;

/**
 * The exactly-once pipeline under test: topic names, the Streams settings every instance runs
 * with (in this JVM or a child JVM), and the checks shared by the scale-out tests.
 */
final class ExactlyOncePipeline {
  static final String INPUT = "articles.in";
  static final String OUTPUT = "articles.out";
  static final int PARTITIONS = 6;

  private ExactlyOncePipeline() {}

  /**
   * Settings of one instance. Session and transaction timeouts are shortened so a crashed
   * instance is noticed in seconds; everything else is what {@code wirewatch enrich} would run.
   */
  static Properties streamsConfig(AppUnderTest app, String applicationId, String bootstrap,
      String schemaRegistryUrl, Path stateDir) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1500);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 10000);
    p.putAll(app.streamsConfig(schemaRegistryUrl));
    return p;
  }

  /** Task ids ("0_3") a running instance owns. */
  static Set<String> activeTasks(KafkaStreams streams) {
    return streams.metadataForLocalThreads().stream()
        .map(ThreadMetadata::activeTasks)
        .flatMap(Set::stream)
        .map(TaskMetadata::taskId)
        .map(Object::toString)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** All task ids of the app under test: one sub-topology, one task per input partition. */
  static Set<String> allTasks() {
    Set<String> all = new TreeSet<>();
    for (int p = 0; p < PARTITIONS; p++) {
      all.add("0_" + p);
    }
    return all;
  }

  /** Records every state an in-process instance goes through. */
  static List<KafkaStreams.State> recordStates(KafkaStreams streams) {
    List<KafkaStreams.State> states = new CopyOnWriteArrayList<>();
    streams.setStateListener((now, before) -> states.add(now));
    return states;
  }

  /**
   * Waits until the application has consumed and committed every record of the input topic:
   * its committed offsets equal the input's end offsets. Under exactly-once the offsets commit in
   * the same transaction as the output, so nothing it will ever write is still to come.
   */
  static void awaitNoLag(Admin admin, String applicationId, Duration timeout) {
    Awaitility.await(applicationId + " caught up with " + INPUT).atMost(timeout)
        .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
        .until(() -> lag(admin, applicationId) == 0);
  }

  static long lag(Admin admin, String applicationId) throws Exception {
    Map<TopicPartition, OffsetSpec> request = new java.util.HashMap<>();
    for (int p = 0; p < PARTITIONS; p++) {
      request.put(new TopicPartition(INPUT, p), OffsetSpec.latest());
    }
    Map<TopicPartition, Long> ends = admin.listOffsets(request).all().get(10, TimeUnit.SECONDS)
        .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
    long lag = 0;
    for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
      OffsetAndMetadata c = committed.get(e.getKey());
      lag += e.getValue() - (c == null ? 0 : c.offset());
    }
    return lag;
  }
}
