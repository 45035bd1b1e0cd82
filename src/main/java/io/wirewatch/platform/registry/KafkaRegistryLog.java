package io.wirewatch.platform.registry;

import io.wirewatch.client.ClientConfig;
import io.wirewatch.UserException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's state in a compacted, single-partition Kafka topic, as the Confluent registry
 * keeps it. A reader thread replays the topic from offset 0 into the {@link RegistryState}; a
 * write is produced synchronously and {@link #append} returns only once the reader has applied
 * it, so the state only ever changes through the log and every instance sees the same order.
 */
final class KafkaRegistryLog implements RegistryLog {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaRegistryLog.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String topic;
  private final TopicPartition partition;
  private final RegistryState state;
  private final KafkaProducer<byte[], byte[]> producer;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Thread reader;
  private final Object progress = new Object();
  private volatile boolean running = true;
  /** The next offset the reader will apply; guarded by {@link #progress}. */
  private long applied;
  /** Set when the reader died; guarded by {@link #progress}. */
  private RuntimeException readerFailure;

  private KafkaRegistryLog(String bootstrapServers, String topic, RegistryState state) {
    this.topic = topic;
    this.partition = new TopicPartition(topic, 0);
    this.state = state;
    ClientConfig client = ClientConfig.of(bootstrapServers, null);
    this.producer = new KafkaProducer<>(client.producer("wirewatch-schema-registry-writer", ClientConfig.Batching.IMMEDIATE),
        new ByteArraySerializer(), new ByteArraySerializer());
    this.consumer = new KafkaConsumer<>(client.reader("wirewatch-schema-registry-reader", ClientConfig.Reading.DEFAULT),
        new ByteArrayDeserializer(), new ByteArrayDeserializer());
    this.reader = new Thread(this::readLoop, "schema-registry-log-reader");
    this.reader.setDaemon(true);
  }

  /**
   * Creates (or checks) the topic, then replays it into {@code state} up to its current end.
   *
   * @throws UserException when the broker cannot be reached or the topic is not usable
   */
  static KafkaRegistryLog open(String bootstrapServers, String topic, RegistryState state) {
    ensureTopic(bootstrapServers, topic);
    KafkaRegistryLog log = new KafkaRegistryLog(bootstrapServers, topic, state);
    try {
      log.consumer.assign(List.of(log.partition));
      log.consumer.seekToBeginning(List.of(log.partition));
      long end = log.consumer.endOffsets(List.of(log.partition), TIMEOUT).get(log.partition);
      log.reader.start();
      log.awaitApplied(end);
      LOG.info("Schema registry state loaded from {} ({} records)", topic, end);
      return log;
    } catch (RuntimeException e) {
      log.close();
      throw e;
    }
  }

  private static void ensureTopic(String bootstrapServers, String topic) {
    try (Admin admin = Admin.create(ClientConfig.of(bootstrapServers, null).admin())) {
      int brokers = admin.describeCluster().nodes().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).size();
      short replication = (short) Math.max(1, Math.min(3, brokers));
      NewTopic wanted =
          new NewTopic(topic, 1, replication)
              .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
      try {
        admin.createTopics(List.of(wanted)).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
      TopicDescription description = describeWhenVisible(admin, topic);
      if (description.partitions().size() != 1) {
        throw new UserException(
            "the schema registry topic " + topic + " must have exactly 1 partition, it has "
                + description.partitions().size() + ": delete it or point the registry at another topic");
      }
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
      Config config = admin.describeConfigs(List.of(resource)).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).get(resource);
      String policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
      if (policy == null || !policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
        throw new UserException(
            "the schema registry topic " + topic + " must have cleanup.policy=compact, it has " + policy
                + ": set it with kafka-configs or delete the topic");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserException("interrupted while preparing the schema registry topic " + topic, e);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new UserException(
          "couldn't prepare the schema registry topic " + topic + " on Kafka at " + bootstrapServers + ": "
              + cause.getMessage() + " (is the broker running?)",
          cause);
    }
  }

  /**
   * A topic just created is acknowledged by the controller before the broker's metadata shows it;
   * describing it at once can fail with UNKNOWN_TOPIC_OR_PARTITION. Retry until it is visible.
   */
  private static TopicDescription describeWhenVisible(Admin admin, String topic)
      throws ExecutionException, InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      try {
        return admin.describeTopics(List.of(topic)).allTopicNames()
            .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).get(topic);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)
            || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(50);
      }
    }
  }

  private void readLoop() {
    try {
      while (running) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          state.apply(record.key() == null ? new byte[0] : record.key(), record.value());
        }
        long position = consumer.position(partition);
        synchronized (progress) {
          applied = position;
          progress.notifyAll();
        }
      }
    } catch (WakeupException e) {
      // close() woke us up
    } catch (RuntimeException e) {
      LOG.error("Schema registry log reader stopped", e);
      synchronized (progress) {
        readerFailure = e;
        progress.notifyAll();
      }
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void awaitApplied(long offset) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    synchronized (progress) {
      while (applied < offset) {
        if (readerFailure != null) {
          throw new RegistryException(500, 50001, "Error in the backend data store: " + readerFailure.getMessage());
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new RegistryException(
              500, 50002, "Timed out waiting for the schemas topic " + topic + " to reach offset " + offset);
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(progress, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new RegistryException(500, 50002, "Interrupted while waiting for the schemas topic " + topic);
        }
      }
    }
  }

  @Override
  public void append(List<StoreRecords.LogRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    Future<RecordMetadata> last = null;
    for (StoreRecords.LogRecord record : records) {
      last = producer.send(new ProducerRecord<>(topic, 0, record.key(), record.value()));
    }
    long offset;
    try {
      offset = last.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).offset();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryException(500, 50002, "Interrupted while writing to the schemas topic " + topic);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new RegistryException(500, 50001, "Error in the backend data store: " + cause.getMessage());
    }
    awaitApplied(offset + 1);
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      if (reader.isAlive()) {
        reader.join(TimeUnit.SECONDS.toMillis(10));
      } else if (reader.getState() == Thread.State.NEW) {
        consumer.close(Duration.ofSeconds(5));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    producer.close(Duration.ofSeconds(5));
  }
}
