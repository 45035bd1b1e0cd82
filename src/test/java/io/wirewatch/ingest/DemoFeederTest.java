package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.SourceFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.Test;

class DemoFeederTest {

  @Test
  void loadsEveryBundledArticleWithTheRealParsersOldestFirst() {
    List<RawArticle> all = DemoFeeder.loadBundled();
    assertThat(all).hasSize(60).allSatisfy(a -> assertThat(a.problem()).isNull());
    assertThat(all.stream().map(RawArticle::format).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(SourceFormat.WIRE_TEXT, SourceFormat.JSON, SourceFormat.NINJS,
            SourceFormat.RSS, SourceFormat.ATOM);
    assertThat(all).allSatisfy(a -> assertThat(a.published()).isNotNull());
    assertThat(all).extracting(RawArticle::published).isSorted();
    RawArticle upi = all.stream().filter(a -> a.origin().endsWith("upi-2026-11-20-china-russia-block-north-korea-sanctions.txt"))
        .findFirst().orElseThrow();
    assertThat(upi.published()).isAfter(Instant.parse("2026-11-20T00:00:00Z")); // from expected.jsonl
    Set<String> ids = all.stream().map(ArticleIdentity::idOf).collect(Collectors.toSet());
    assertThat(ids).as("every demo article has its own id").hasSize(60);
  }

  @Test
  void replaysAllArticlesOnItsOwnThreadAndOnlyOnce() throws Exception {
    MockProducer<String, byte[]> mock = TestProducers.autoCompleting();
    RevisionMemory memory = new RevisionMemory();
    try (DemoFeeder feeder = new DemoFeeder(TestProducers.over(mock, memory), Duration.ZERO)) {
      feeder.start();
      assertThat(feeder.awaitDone(Duration.ofSeconds(30))).isTrue();
      assertThat(feeder.postedCount()).isEqualTo(60);
    }
    List<Article> posted = TestProducers.articles(mock);
    assertThat(posted).hasSize(60);
    try (DemoFeeder again = new DemoFeeder(TestProducers.over(mock, memory), Duration.ZERO)) {
      again.start();
      assertThat(again.awaitDone(Duration.ofSeconds(30))).isTrue();
      assertThat(again.postedCount()).isZero();
      assertThat(again.replayedCount()).isEqualTo(60);
    }
  }

  @Test
  void closeStopsASlowReplay() throws Exception {
    MockProducer<String, byte[]> mock = TestProducers.autoCompleting();
    DemoFeeder feeder = new DemoFeeder(TestProducers.over(mock, new RevisionMemory()), Duration.ofSeconds(5));
    feeder.start();
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> feeder.replayedCount() >= 1);
    feeder.close();
    assertThat(feeder.awaitDone(Duration.ofSeconds(5))).isTrue();
    assertThat(feeder.replayedCount()).isLessThan(60);
  }
}
