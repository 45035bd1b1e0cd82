package io.wirewatch.bench;

import io.wirewatch.ingest.KafkaArticles;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.Article;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.topics.TopicNames;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ingest benchmark posts every generated article through the real path, to its own topic, round after round. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class IngestBenchIT {
  private static final Logger log = LoggerFactory.getLogger(IngestBenchIT.class);
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  @Test
  void postsEveryGeneratedArticleToTheBenchTopicOnlyInEveryRound() {
    kafka.createTopic(TopicNames.ARTICLES_RAW, 1);
    kafka.createTopic("bench-raw", 1);
    int records = Integer.getInteger("ingest.bench.records", 2000);
    List<String> progress = new java.util.ArrayList<>();
    IngestBench.Comparison c = IngestBench.compare(kafka.clientProperties(), "bench-raw", records, 5000, 2, progress::add);

    assertThat(c.rounds()).hasSize(2);
    for (IngestBench.Round r : c.rounds()) {
      assertThat(r.ingest().records()).isEqualTo(records);
      assertThat(r.ingest().sendFailures()).isZero();
      assertThat(r.ingest().bytes()).isBetween(records * 4_800L, records * 5_400L);
      assertThat(r.ingest().recordsPerSec()).isEqualTo(records / r.ingest().seconds(), Offset.offset(0.01));
      assertThat(r.raw().records()).isEqualTo(records);
      assertThat(r.ratio()).isEqualTo(r.ingest().recordsPerSec() / r.raw().recordsPerSecond(), Offset.offset(1e-9));
    }
    assertThat(c.medianRatio()).isEqualTo((c.rounds().get(0).ratio() + c.rounds().get(1).ratio()) / 2, Offset.offset(1e-9));
    assertThat(progress).hasSize(3);
    assertThat(progress.get(0)).startsWith("warming up");
    assertThat(progress.get(2)).startsWith("round 2/2: raw produce");

    int warmup = IngestBench.warmupFor(records);
    List<Article> posted = KafkaArticles.readAll(kafka.clientConfig(), IngestBench.TOPIC);
    assertThat(posted).hasSize(2 * records + warmup);
    assertThat(posted.stream().map(Article::getId).collect(Collectors.toSet())).hasSize(2 * records + warmup);
    assertThat(posted.get(0).getBody().length()).isGreaterThan(4_000);
    assertThat(KafkaArticles.readAll(kafka.clientConfig(), TopicNames.ARTICLES_RAW)).isEmpty();
    log.info("ingest {} articles/s vs raw produce {} records/s: ratio {}", Math.round(c.medianIngestRecordsPerSec()),
        Math.round(c.medianRawRecordsPerSec()), String.format("%.2f", c.medianRatio()));
  }
}
