package io.wirewatch.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.streams.EnrichmentTopology;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.topics.TopicNames;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reprocessing into a new topic with a stand-in enrichment topology, on a real broker. */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ReprocessorIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
  static final Instant DAY0 = Instant.parse("2026-01-01T00:00:00Z");
  static final int ARTICLES = 60;
  static final Map<String, Instant> STAMPS = new HashMap<>();

  static Serde<Article> ARTICLE;
  static Serde<EnrichedArticle> ENRICHED;

  @BeforeAll
  static void history() throws Exception {
    ARTICLE = Fixtures.serde(Article.class, kafka.clientConfig());
    ENRICHED = Fixtures.serde(EnrichedArticle.class, kafka.clientConfig());
    kafka.createTopic(TopicNames.ARTICLES_RAW, 3);
    kafka.createTopic(TopicNames.ARTICLES_ENRICHED, 4, Map.of("retention.ms", "-1", "cleanup.policy", "delete"));
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (KafkaProducer<String, Article> raw = new KafkaProducer<>(p, new StringSerializer(), ARTICLE.serializer());
        KafkaProducer<String, EnrichedArticle> live = new KafkaProducer<>(p, new StringSerializer(), ENRICHED.serializer())) {
      for (int i = 0; i < ARTICLES; i++) {
        Instant ts = DAY0.plus(Duration.ofHours(4L * i));
        Article a = Fixtures.article("a" + i, "UPI", "Headline " + i, ts);
        STAMPS.put(a.getId(), ts);
        // Acknowledged one by one: the expected answer must be what the broker really holds.
        raw.send(new ProducerRecord<>(TopicNames.ARTICLES_RAW, null, ts.toEpochMilli(), a.getId(), a)).get();
        EnrichedArticle old = Fixtures.enriched(a, List.of("KP"), List.of("nuclear"));
        old.setRulesVersion("v1");
        live.send(new ProducerRecord<>(TopicNames.ARTICLES_ENRICHED, null, ts.toEpochMilli(), a.getId(), old)).get();
      }
    }
  }

  /** A stand-in for the enrichment: marks each article as enriched with rules v2. */
  static Topology standIn(EnrichmentTopology.Topics topics) {
    StreamsBuilder b = new StreamsBuilder();
    b.stream(topics.input(), Consumed.with(Serdes.String(), ARTICLE))
        .mapValues(a -> {
          EnrichedArticle e = Fixtures.enriched(a, List.of("FR"), List.of("diplomatic-talks"));
          e.setRulesVersion("v2");
          return e;
        })
        .to(topics.output(), Produced.with(Serdes.String(), ENRICHED));
    return b.build();
  }

  static List<EnrichedArticle> readAll(String topic) throws Exception {
    List<EnrichedArticle> out = new ArrayList<>();
    new HistoryReader(kafka.clientProperties()).read(topic, new TimeRange(Instant.EPOCH, null), null,
        Fixtures.serde(EnrichedArticle.class, kafka.clientConfig()).deserializer(), r -> out.add(r.value()), HistoryReader.ProgressListener.NONE);
    return out;
  }

  @Test
  void fillsTheNewTopicWithEveryArticleAndLeavesTheLiveTopicUntouched() throws Exception {
    List<EnrichedArticle> liveBefore = readAll(TopicNames.ARTICLES_ENRICHED);
    Reprocessor r = new Reprocessor(kafka.clientProperties()).timeout(Duration.ofMinutes(2));
    Reprocessor.Plan plan = r.prepare(TopicNames.ARTICLES_RAW, TopicNames.ARTICLES_ENRICHED,
        "news.articles.enriched.v2", DAY0);
    assertThat(plan.applicationId()).isEqualTo("wirewatch-enrich-reprocess-news.articles.enriched.v2");
    assertThat(plan.createdOutput()).isTrue();
    assertThat(plan.offsets()).isEqualTo(ARTICLES);
    Reprocessor.Result result = r.run(plan, Files.createTempDirectory("reprocess-state"),
        ReprocessorIT::standIn, HistoryReader.ProgressListener.NONE);
    assertThat(result.committed()).containsAllEntriesOf(plan.end());

    List<EnrichedArticle> v2 = readAll("news.articles.enriched.v2");
    assertThat(v2).extracting(EnrichedArticle::getId).containsExactlyInAnyOrderElementsOf(STAMPS.keySet());
    assertThat(v2).allSatisfy(e -> assertThat(e.getRulesVersion()).isEqualTo("v2"));
    assertThat(readAll(TopicNames.ARTICLES_ENRICHED)).containsExactlyElementsOf(liveBefore);

    try (Admin admin = kafka.admin()) {
      var d = admin.describeTopics(List.of("news.articles.enriched.v2", TopicNames.ARTICLES_ENRICHED))
          .allTopicNames().get();
      assertThat(d.get("news.articles.enriched.v2").partitions()).hasSameSizeAs(
          d.get(TopicNames.ARTICLES_ENRICHED).partitions());
      ConfigResource res = new ConfigResource(ConfigResource.Type.TOPIC, "news.articles.enriched.v2");
      ConfigEntry retention = admin.describeConfigs(Set.of(res)).all().get().get(res).get("retention.ms");
      assertThat(retention.value()).isEqualTo("-1");
    }
  }

  @Test
  void startsAtTheFirstArticleOfTheFromTime() throws Exception {
    Instant from = DAY0.plus(Duration.ofDays(7));
    Reprocessor r = new Reprocessor(kafka.clientProperties()).timeout(Duration.ofMinutes(2));
    Reprocessor.Plan plan = r.prepare(TopicNames.ARTICLES_RAW, TopicNames.ARTICLES_ENRICHED,
        "news.articles.enriched.v3", from);
    r.run(plan, Files.createTempDirectory("reprocess-state"), ReprocessorIT::standIn, HistoryReader.ProgressListener.NONE);
    List<String> want = STAMPS.entrySet().stream().filter(e -> !e.getValue().isBefore(from)).map(Map.Entry::getKey).toList();
    assertThat(want).isNotEmpty().hasSizeLessThan(ARTICLES);
    assertThat(readAll("news.articles.enriched.v3")).extracting(EnrichedArticle::getId)
        .containsExactlyInAnyOrderElementsOf(want);
  }

  @Test
  void handsTheReprocessOffsetsOverToTheLiveGroup() throws Exception {
    Reprocessor r = new Reprocessor(kafka.clientProperties()).timeout(Duration.ofMinutes(2));
    Reprocessor.Plan plan = r.prepare(TopicNames.ARTICLES_RAW, TopicNames.ARTICLES_ENRICHED,
        "news.articles.enriched.v4", DAY0.plus(Duration.ofDays(3)));
    Reprocessor.Result result = r.run(plan, Files.createTempDirectory("reprocess-state"), ReprocessorIT::standIn,
        HistoryReader.ProgressListener.NONE);
    r.handOver(plan, "wirewatch-enrich-live-test");
    try (Admin admin = kafka.admin()) {
      Map<TopicPartition, Long> live = new HashMap<>();
      admin.listConsumerGroupOffsets("wirewatch-enrich-live-test").partitionsToOffsetAndMetadata().get()
          .forEach((tp, o) -> live.put(tp, o.offset()));
      assertThat(live).isEqualTo(result.committed());
    }
  }

  @Test
  void refusesToWriteIntoTheLiveTopic() {
    Reprocessor r = new Reprocessor(kafka.clientProperties());
    assertThatThrownBy(() -> r.prepare(TopicNames.ARTICLES_RAW, TopicNames.ARTICLES_ENRICHED,
        TopicNames.ARTICLES_ENRICHED, DAY0)).isInstanceOf(UserException.class).hasMessageContaining("is the live topic");
  }
}
