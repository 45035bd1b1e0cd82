package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.Article;
import io.wirewatch.bench.KafkaBaseline;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.topics.TopicNames;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ingest benchmark posts every generated article through the real path, to its own topic. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class IngestBenchIT {
  private static final Logger log = LoggerFactory.getLogger(IngestBenchIT.class);
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  @Test
  void postsEveryGeneratedArticleToTheBenchTopicOnly() {
    kafka.createTopic(TopicNames.ARTICLES_RAW, 1);
    int records = Integer.getInteger("ingest.bench.records", 3000);
    IngestBench.Result r = IngestBench.run(kafka.clientProperties(), records, 5000);

    assertThat(r.records()).isEqualTo(records);
    assertThat(r.sendFailures()).isZero();
    assertThat(r.bytes()).isBetween(records * 4_800L, records * 5_400L);
    assertThat(r.recordsPerSec()).isEqualTo(records / r.seconds(), org.assertj.core.data.Offset.offset(0.01));

    List<Article> posted = KafkaArticles.readAll(kafka.clientConfig(), IngestBench.TOPIC);
    int warmup = IngestBench.warmupFor(records);
    assertThat(posted).hasSize(records + warmup);
    assertThat(posted.stream().map(Article::getId).collect(java.util.stream.Collectors.toSet())).hasSize(records + warmup);
    assertThat(posted.get(0).getBody().length()).isGreaterThan(4_000);
    assertThat(KafkaArticles.readAll(kafka.clientConfig(), TopicNames.ARTICLES_RAW)).isEmpty();

    // For information only (the machine is shared, so no threshold here): the raw produce rate of
    // the same record size and codec, measured in the same run.
    kafka.createTopic("bench-raw", 1);
    KafkaBaseline.Result raw = KafkaBaseline.run(kafka.clientProperties(), "bench-raw", records, IngestBench.warmupFor(records), 5000,
        ArticleProducer.DEFAULT_COMPRESSION, line -> { });
    log.info("ingest {} records/s ({} MB/s) vs raw produce {}: {}%", Math.round(r.recordsPerSec()),
        String.format("%.1f", r.mbPerSec()), raw.produce(),
        Math.round(100 * r.recordsPerSec() / raw.produce().recordsPerSecond()));
  }
}
