package io.wirewatch.ingest;

import io.wirewatch.client.ClientConfig;
import io.wirewatch.UserException;
import io.wirewatch.topics.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a {@link RevisionMemory} from the compacted topic {@code news.ingest.seen} by reading
 * it from the beginning to the end offsets taken at start. No consumer group is used (nothing is
 * committed): every process reads the whole memory. A record with a null value (a tombstone)
 * forgets its id.
 */
public final class SeenLog {
  private static final Logger log = LoggerFactory.getLogger(SeenLog.class);

  private SeenLog() {}

  /** Loads {@link TopicNames#INGEST_SEEN} into {@code memory}; returns the number of records read. */
  public static long load(Properties clientProps, RevisionMemory memory, Duration timeout) {
    return load(clientProps, TopicNames.INGEST_SEEN, memory, timeout);
  }

  public static long load(Properties clientProps, String topic, RevisionMemory memory, Duration timeout) {
    Properties p = ClientConfig.of(clientProps)
        .reader("wirewatch-ingest-seen-" + UUID.randomUUID().toString().substring(0, 8), 5000);
    Instant deadline = Instant.now().plus(timeout);
    long count = 0;
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
      if (infos == null || infos.isEmpty()) {
        throw new UserException("topic " + topic + " does not exist: it holds what ingest has "
            + "already posted; create it with `wirewatch topics apply`");
      }
      List<TopicPartition> parts = infos.stream()
          .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<TopicPartition, Long> end = consumer.endOffsets(parts, timeout);
      while (!reachedEnd(consumer, end)) {
        if (Instant.now().isAfter(deadline)) {
          throw new UserException("reading " + topic + " did not finish within " + timeout
              + ": is the cluster healthy? Check --bootstrap-servers");
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          count++;
          if (r.key() == null) {
            continue;
          }
          String id = new String(r.key(), StandardCharsets.UTF_8);
          if (r.value() == null) {
            memory.forget(id);
            continue;
          }
          RevisionMemory.Entry e = RevisionMemory.Entry.decode(new String(r.value(), StandardCharsets.UTF_8));
          if (e == null) {
            log.warn("ignoring unreadable record in {} at partition {} offset {} (key {})",
                topic, r.partition(), r.offset(), id);
          } else {
            memory.remember(id, e);
          }
        }
      }
    }
    log.info("loaded {} remembered articles from {} ({} records)", memory.size(), topic, count);
    return count;
  }

  private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }
}
