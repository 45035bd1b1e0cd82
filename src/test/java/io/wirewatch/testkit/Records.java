package io.wirewatch.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Producers and consumers for tests with string keys: what a stock Kafka client does. */
public final class Records {
  private Records() {}

  public static void produceStrings(String bootstrap, String topic, Map<String, String> records) {
    produce(bootstrap, topic, records, new StringSerializer());
  }

  /** Writes {@code records} (key → value) with string keys and {@code values} for the values. */
  public static <V> void produce(String bootstrap, String topic, Map<String, V> records, Serializer<V> values) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    try (KafkaProducer<String, V> producer = new KafkaProducer<>(p, new StringSerializer(), values)) {
      for (Map.Entry<String, V> e : records.entrySet()) {
        producer.send(new ProducerRecord<>(topic, e.getKey(), e.getValue()));
      }
      producer.flush();
    }
  }

  /** Reads {@code topic} from the beginning until {@code expected} records or the timeout. */
  public static List<ConsumerRecord<String, String>> consumeStrings(String bootstrap, String topic,
      int expected, Duration timeout) {
    return consume(bootstrap, topic, new StringDeserializer(), expected, timeout);
  }

  /** As {@link #consumeStrings}, with {@code values} for the values. */
  public static <V> List<ConsumerRecord<String, V>> consume(String bootstrap, String topic,
      Deserializer<V> values, int expected, Duration timeout) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<String, V>> out = new ArrayList<>();
    try (KafkaConsumer<String, V> c = new KafkaConsumer<>(p, new StringDeserializer(), values)) {
      c.subscribe(List.of(topic));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (out.size() < expected && System.nanoTime() < deadline) {
        c.poll(Duration.ofMillis(200)).forEach(out::add);
      }
    }
    return out;
  }
}
