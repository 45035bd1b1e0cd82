package io.wirewatch.ingest;

import io.wirewatch.avro.Article;
import io.wirewatch.registry.AvroSerdes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Wiring shared by the ingest command, the demo and the benchmark: the Article serializer for a
 * cluster, and a producer whose memory is loaded from news.ingest.seen.
 */
public final class IngestRuntime {
  private IngestRuntime() {}

  /** Article values in the Confluent wire format, registered under {@code news.articles.raw-value}. */
  public static Serializer<Article> articleSerializer(Properties clientProps) {
    Map<String, Object> config = new HashMap<>();
    clientProps.forEach((k, v) -> config.put(k.toString(), v));
    config.putIfAbsent("auto.register.schemas", "true");
    return AvroSerdes.specific(Article.class, config, false).serializer();
  }

  /**
   * A Kafka ArticleProducer whose revision memory was first read back from news.ingest.seen, so
   * that nothing this or another instance posted before is posted again.
   */
  public static ArticleProducer producerWithMemory(Properties clientProps, Duration loadTimeout) {
    RevisionMemory memory = new RevisionMemory();
    SeenLog.load(clientProps, memory, loadTimeout);
    return ArticleProducer.kafka(clientProps, articleSerializer(clientProps), memory);
  }
}
