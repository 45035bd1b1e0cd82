package io.wirewatch.interop;

import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.registry.AvroSerdes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Prints every enriched article with its event topics. Arguments: [bootstrap] [registry-url]. */
public final class ReadTopics {
  public static void main(String[] args) {
    String bootstrap = args.length > 0 ? args[0] : "localhost:9092";
    String registry = args.length > 1 ? args[1] : "http://localhost:8081";
    Map<String, Object> config = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.GROUP_ID_CONFIG, "java-reader",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // skip aborted Streams output
    var values = AvroSerdes.specific(EnrichedArticle.class, Map.of("schema.registry.url", registry), false);
    try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), values.deserializer())) {
      consumer.subscribe(List.of("news.articles.enriched"));
      while (true) {
        for (ConsumerRecord<String, EnrichedArticle> r : consumer.poll(Duration.ofSeconds(1))) {
          EnrichedArticle a = r.value();
          List<String> topics = a.getEvents().stream().map(EventMatch::getTopic).toList();
          System.out.println(r.key() + " " + a.getArticle().getHeadline() + " " + topics);
        }
      }
    }
  }
}
