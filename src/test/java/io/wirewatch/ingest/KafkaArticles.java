package io.wirewatch.ingest;

import io.wirewatch.avro.Article;
import io.wirewatch.registry.AvroSerdes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic of Articles back with the registry's Avro deserializer, for integration tests. */
public final class KafkaArticles {
  private KafkaArticles() {}

  /** Every record of {@code topic} from the beginning to its current end. */
  public static List<Article> readAll(Map<String, Object> clientConfig, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, clientConfig.get("bootstrap.servers"));
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    Deserializer<Article> value = AvroSerdes.specific(Article.class, clientConfig, false).deserializer();
    List<Article> out = new ArrayList<>();
    try (KafkaConsumer<String, Article> c = new KafkaConsumer<>(p, new StringDeserializer(), value)) {
      List<TopicPartition> parts = c.partitionsFor(topic).stream()
          .map(i -> new TopicPartition(topic, i.partition())).toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = c.endOffsets(parts);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end in 30 s");
        }
        c.poll(Duration.ofMillis(200)).forEach(r -> {
          if (!r.key().equals(r.value().getId())) {
            throw new AssertionError("record key " + r.key() + " is not the article id " + r.value().getId());
          }
          out.add(r.value());
        });
      }
    }
    return out;
  }
}
