package io.wirewatch.bench;

import io.wirewatch.replay.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.testkit.KafkaPlatformExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the replay benchmark on a real broker and prints its figures (they are not asserted: shared cores). */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ReplayBenchIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
  static final int ARTICLES = 30_000;

  @Test
  void replayReadsEveryRecordAndReportsItsRateAgainstAPlainConsumer() throws Exception {
    kafka.createTopic("news.articles.enriched", 3);
    Properties p = kafka.clientProperties();
    p.put(ProducerConfig.LINGER_MS_CONFIG, "10");
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    String body = "The Security Council met on Friday to discuss the proposal. ".repeat(25);
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(p, new StringSerializer(),
        Fixtures.serde(EnrichedArticle.class, kafka.clientConfig()).serializer())) {
      for (int i = 0; i < ARTICLES; i++) {
        Instant ts = t0.plusSeconds(30L * i);
        Article a = Fixtures.article("a" + i, "UPI", "China, Russia block bid number " + i, ts);
        a.setBody(body);
        EnrichedArticle e = Fixtures.enriched(a, List.of("KP", "CN", "US"), List.of("sanctions-blocked"));
        producer.send(new ProducerRecord<>("news.articles.enriched", null, ts.toEpochMilli(), a.getId(), e));
      }
      producer.flush();
    }
    java.util.function.Function<String, String> headlineOf = id -> "China, Russia block bid number " + id.substring(1);
    ReplayBench.Result first = ReplayBench.run(kafka.clientProperties(), "news.articles.enriched", headlineOf);
    ReplayBench.Result r = ReplayBench.run(kafka.clientProperties(), "news.articles.enriched", headlineOf);
    System.out.println("warm-up: " + first.describe());
    System.out.println("measured: " + r.describe());
    assertThat(r.records()).isEqualTo(ARTICLES);
    assertThat(r.replayPerSecond()).isPositive();
    assertThat(r.ratio()).isEqualTo(r.replayPerSecond() / r.plainPerSecond(), org.assertj.core.data.Offset.offset(1e-9));
    // the bench checks what replay wrote: a wrong expectation fails it instead of giving a figure
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReplayBench.run(kafka.clientProperties(),
        "news.articles.enriched", id -> "another headline")).hasMessageContaining("No figure is reported")
        .hasMessageContaining("has headline 'China, Russia block bid number ");
  }
}
