package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.testkit.Fixtures;
import io.wirewatch.testkit.PlainAvroSerde;
import io.wirewatch.topics.DeadLetterHeaders;
import io.wirewatch.topics.TopicNames;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichmentTopologyTest {
  private final PlainAvroSerde<Article> articles = new PlainAvroSerde<>(Article.class);
  private final PlainAvroSerde<EnrichedArticle> enriched = new PlainAvroSerde<>(EnrichedArticle.class);
  private TopologyTestDriver driver;
  private TestInputTopic<String, Article> raw;
  private TestInputTopic<byte[], byte[]> rawBytes;
  private TestOutputTopic<String, EnrichedArticle> out;
  private TestOutputTopic<byte[], byte[]> dlq;

  /** A stand-in enricher: "sanctions-blocked" when the headline says "block", fails on "poison". */
  private static final Function<Article, EnrichedArticle> ENRICH = a -> {
    if (a.getHeadline().contains("poison")) {
      throw new IllegalArgumentException("cannot enrich " + a.getId());
    }
    return a.getHeadline().contains("block")
        ? Fixtures.enriched(a, List.of(Fixtures.event("sanctions-blocked", 0.9, a.getHeadline()),
            Fixtures.event("un-veto", 0.8, a.getHeadline())))
        : Fixtures.enriched(a, List.of());
  };

  @BeforeEach
  void setUp() {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
    driver = new TopologyTestDriver(EnrichmentTopology.build(EnrichmentTopology.Topics.defaults(), ENRICH,
        articles, enriched, List.of("sanctions-blocked", "un-veto", "nuclear")), p);
    raw = driver.createInputTopic(TopicNames.ARTICLES_RAW, new StringSerializer(), articles.serializer());
    rawBytes = driver.createInputTopic(TopicNames.ARTICLES_RAW, new ByteArraySerializer(), new ByteArraySerializer());
    out = driver.createOutputTopic(TopicNames.ARTICLES_ENRICHED, new StringDeserializer(), enriched.deserializer());
    dlq = driver.createOutputTopic(TopicNames.DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  private TestOutputTopic<String, EnrichedArticle> routed(String topic) {
    return driver.createOutputTopic(TopicNames.forEventTopic(topic), new StringDeserializer(), enriched.deserializer());
  }

  @Test
  void everyArticleIsEnrichedUnderItsId() {
    raw.pipeInput("a1", Fixtures.article("a1", "China, Russia block U.S. bid", "Body."));
    raw.pipeInput("a2", Fixtures.article("a2", "Weather in Geneva", "Sunny."));
    List<TestRecord<String, EnrichedArticle>> records = out.readRecordsToList();
    assertThat(records).extracting(TestRecord::key).containsExactly("a1", "a2");
    assertThat(records.get(0).value().getArticle().getHeadline()).isEqualTo("China, Russia block U.S. bid");
  }

  @Test
  void anArticleIsRoutedToEveryEventTopicItMatchesAndNoOther() {
    raw.pipeInput("a1", Fixtures.article("a1", "China, Russia block U.S. bid", "Body."));
    raw.pipeInput("a2", Fixtures.article("a2", "Weather in Geneva", "Sunny."));
    assertThat(routed("sanctions-blocked").readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a1");
    assertThat(routed("un-veto").readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a1");
    assertThat(routed("nuclear").isEmpty()).isTrue();
  }

  @Test
  void unreadableBytesGoToTheDeadLetterTopicWithTheReasonAndTheStreamGoesOn() {
    byte[] junk = {0x00, 0x01, 0x02, (byte) 0xff};
    rawBytes.pipeInput("bad".getBytes(StandardCharsets.UTF_8), junk);
    raw.pipeInput("a3", Fixtures.article("a3", "China, Russia block U.S. bid", "Body."));
    var dead = dlq.readRecordsToList();
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).value()).isEqualTo(junk);
    assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("bad");
    var h = dead.get(0).headers();
    assertThat(DeadLetterHeaders.header(h, DeadLetterHeaders.ERROR_STAGE)).isEqualTo("deserialize");
    assertThat(DeadLetterHeaders.header(h, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(TopicNames.ARTICLES_RAW);
    assertThat(DeadLetterHeaders.header(h, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
    assertThat(DeadLetterHeaders.header(h, DeadLetterHeaders.ERROR_MESSAGE)).isNotBlank();
    assertThat(out.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a3");
  }

  @Test
  void anArticleThatFailsToEnrichIsDeadLetteredAsItsOriginalBytes() {
    Article poison = Fixtures.article("p1", "poison headline", "Body.");
    raw.pipeInput("p1", poison);
    raw.pipeInput("a4", Fixtures.article("a4", "Quiet day", "Body."));
    var dead = dlq.readRecordsToList();
    assertThat(dead).hasSize(1);
    assertThat(articles.deserializer().deserialize("t", dead.get(0).value()).getId()).isEqualTo("p1");
    assertThat(DeadLetterHeaders.header(dead.get(0).headers(), DeadLetterHeaders.ERROR_CLASS))
        .isEqualTo(IllegalArgumentException.class.getName());
    assertThat(DeadLetterHeaders.header(dead.get(0).headers(), DeadLetterHeaders.ERROR_MESSAGE)).contains("cannot enrich p1");
    assertThat(out.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a4");
  }

  @Test
  void aTombstoneIsIgnored() {
    raw.pipeInput("gone", (Article) null);
    assertThat(out.isEmpty()).isTrue();
    assertThat(dlq.isEmpty()).isTrue();
  }
}
