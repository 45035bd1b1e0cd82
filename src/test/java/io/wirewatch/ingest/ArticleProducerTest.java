package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.Article;
import io.wirewatch.ingest.parse.JsonArticles;
import io.wirewatch.ingest.parse.JsonLinesParser;
import io.wirewatch.platform.registry.EmbeddedSchemaRegistry;
import io.wirewatch.platform.registry.InMemorySchemaRegistry;
import io.wirewatch.registry.AvroSerdes;
import io.wirewatch.registry.AvroSerializer;
import io.wirewatch.registry.HttpSchemaRegistryClient;
import io.wirewatch.registry.SchemaRegistryClient;
import io.wirewatch.topics.TopicNames;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class ArticleProducerTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

  private final RevisionMemory memory = new RevisionMemory();

  private static MockProducer<String, byte[]> mock(boolean autoComplete) {
    return new MockProducer<>(autoComplete, null, new StringSerializer(), new ByteArraySerializer());
  }

  private ArticleProducer producer(MockProducer<String, byte[]> mock) {
    return new ArticleProducer(new ArticleProducer.KafkaPublisher(mock, new TestArticles.PlainAvroSerializer(),
        TopicNames.ARTICLES_RAW, TopicNames.INGEST_SEEN), memory, CLOCK);
  }

  private static List<ProducerRecord<String, byte[]>> on(MockProducer<String, byte[]> mock, String topic) {
    return mock.history().stream().filter(r -> r.topic().equals(topic)).toList();
  }

  @Test
  void postsAnArticleOnceKeyedByItsId() {
    MockProducer<String, byte[]> mock = mock(true);
    try (ArticleProducer p = producer(mock)) {
      RawArticle raw = TestArticles.article("Envoys meet", "They met.");
      ArticleProducer.Result first = p.submit(raw);
      ArticleProducer.Result again = p.submit(raw.withOrigin("another copy"));
      assertThat(first.outcome()).isEqualTo(ArticleProducer.Outcome.POSTED);
      assertThat(again.outcome()).isEqualTo(ArticleProducer.Outcome.UNCHANGED);
      assertThat(again.id()).isEqualTo(first.id());
    }
    List<ProducerRecord<String, byte[]>> articles = on(mock, TopicNames.ARTICLES_RAW);
    assertThat(articles).hasSize(1);
    Article a = TestArticles.decodePlain(articles.get(0).value());
    assertThat(articles.get(0).key()).isEqualTo(a.getId());
    assertThat(a.getRevision()).isEqualTo(1);
    assertThat(a.getContentHash()).isEqualTo(ArticleIdentity.contentHash("Envoys meet", "They met."));
    assertThat(a.getIngested()).isEqualTo(CLOCK.instant());
    assertThat(a.getSource()).isEqualTo("Test");
  }

  @Test
  void aBodyHeldAsUtf8IsWrittenAsItsTextAndReadsBackAsTheText() throws Exception {
    String body = "Le Quai d’Orsay a convoqué l’ambassadeur — “inacceptable”.\n\nNo deal 🌍.";
    String line = JsonArticles.mapper().writeValueAsString(Map.of("headline", "Envoys meet", "body", body));
    TestArticles.RecordingSink sink = new TestArticles.RecordingSink();
    new JsonLinesParser().parse(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "f.jsonl", sink);
    RawArticle raw = sink.articles.get(0);
    assertThat(raw.bodyUtf8()).as("held as bytes").isNotNull();

    ArticleProducer p = ArticleProducer.dryRun(new PrintWriter(new StringWriter()), new RevisionMemory());
    ArticleProducer.Prepared prepared = p.prepare(raw);
    assertThat(prepared.contentHash()).isEqualTo(ArticleIdentity.contentHash("Envoys meet", body));
    Article event = p.toArticle(raw, prepared.id(), 1, prepared.contentHash());
    assertThat(event.getBody()).as("the record holds the real body").isEqualTo(body);

    EmbeddedSchemaRegistry registry = InMemorySchemaRegistry.start();
    try {
      Map<String, Object> config = Map.of("schema.registry.url", registry.url());
      SchemaRegistryClient client = HttpSchemaRegistryClient.fromConfig(config);
      AvroSerializer<Article> avro = new AvroSerializer<>(client, config, false);
      byte[] value = avro.serialize("news.articles.raw", event);
      Article read = AvroSerdes.specific(Article.class, client, config, false).deserializer()
          .deserialize("news.articles.raw", value);
      assertThat(read.getBody()).isEqualTo(body);
      assertThat(read.getHeadline()).isEqualTo("Envoys meet");
    } finally {
      registry.close();
    }
  }

  /**
   * The bug of issue 15: a body longer than a per-thread buffer's first size was copied from the
   * old, smaller array, so it reached Kafka as NULs or as the previous article's bytes. Bodies of
   * every size from 1 byte to past 6 KB, in several scripts, one after another on one thread.
   */
  @Test
  void everyBodyIsPostedAndHashedAsItsOwnTextWhateverCameBefore() {
    MockProducer<String, byte[]> mock = mock(true);
    List<String> bodies = new java.util.ArrayList<>();
    try (ArticleProducer p = producer(mock)) {
      for (int size : new int[] {1, 2047, 2048, 2049, 3500, 4096, 6147, 6148, 6149, 20_000, 300}) {
        for (io.wirewatch.testkit.SampleTexts.Script script : io.wirewatch.testkit.SampleTexts.Script.values()) {
          String body = io.wirewatch.testkit.SampleTexts.body(script, size, size);
          bodies.add(body);
          ArticleProducer.Prepared prepared = p.prepare(TestArticles.article("Envoys meet " + bodies.size(), body));
          assertThat(prepared.contentHash()).isEqualTo(ArticleIdentity.contentHash(prepared.raw().headline(), body));
          p.submit(prepared);
        }
      }
    }
    List<ProducerRecord<String, byte[]>> posted = on(mock, TopicNames.ARTICLES_RAW);
    assertThat(posted).hasSize(bodies.size());
    for (int i = 0; i < bodies.size(); i++) {
      assertThat(TestArticles.decodePlain(posted.get(i).value()).getBody()).as("article %d", i).isEqualTo(bodies.get(i));
    }
  }

  @Test
  void aBodyAboveTheLimitIsRefusedWithTheSizeTheLimitAndTheFix() {
    String body = "a".repeat(RawArticle.MAX_BODY_BYTES - 1) + "é"; // one byte over, in UTF-8
    RawArticle raw = TestArticles.article("Envoys meet", body);
    assertThat(raw.problemField()).isEqualTo("body");
    assertThat(raw.problem()).isEqualTo(
        "body is 524,289 bytes of UTF-8, above the limit of 524,288 bytes: split the article or trim its body");
    assertThat(TestArticles.article("Envoys meet", body.substring(1)).problem()).isNull();
    ArticleProducer p = ArticleProducer.dryRun(new PrintWriter(new StringWriter()), new RevisionMemory());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.prepare(raw))
        .hasMessageContaining("above the limit of 524,288 bytes");
  }

  @Test
  void changedBodyIsTheNextRevisionOfTheSameId() {
    MockProducer<String, byte[]> mock = mock(true);
    try (ArticleProducer p = producer(mock)) {
      ArticleProducer.Result r1 = p.submit(TestArticles.article("Envoys meet", "They met."));
      ArticleProducer.Result r2 = p.submit(TestArticles.article("Envoys meet", "They met again."));
      ArticleProducer.Result r3 = p.submit(TestArticles.article("Envoys meet", "They met again."));
      assertThat(r2.id()).isEqualTo(r1.id());
      assertThat(List.of(r1.revision(), r2.revision(), r3.revision())).containsExactly(1, 2, 2);
      assertThat(r3.outcome()).isEqualTo(ArticleProducer.Outcome.UNCHANGED);
    }
    assertThat(on(mock, TopicNames.ARTICLES_RAW)).extracting(r -> TestArticles.decodePlain(r.value()).getRevision())
        .containsExactly(1, 2);
  }

  @Test
  void remembersOnlyAcknowledgedRevisionsInTheSeenTopic() {
    MockProducer<String, byte[]> mock = mock(false);
    ArticleProducer p = producer(mock);
    ArticleProducer.Result r = p.submit(TestArticles.article("Envoys meet", "They met."));
    p.submit(TestArticles.article("Other", "Text."));
    assertThat(on(mock, TopicNames.INGEST_SEEN)).isEmpty();
    mock.completeNext();
    mock.errorNext(new TimeoutException("broker gone"));
    p.flush();
    List<ProducerRecord<String, byte[]>> seen = on(mock, TopicNames.INGEST_SEEN);
    assertThat(seen).singleElement().satisfies(s -> {
      assertThat(s.key()).isEqualTo(r.id());
      assertThat(new String(s.value(), StandardCharsets.UTF_8)).isEqualTo("1:" + r.contentHash());
    });
  }

  @Test
  void sendErrorIsCountedAndTheArticleIsTriedAgainNextTime() {
    MockProducer<String, byte[]> mock = mock(false);
    ArticleProducer p = producer(mock);
    RawArticle raw = TestArticles.article("Envoys meet", "They met.");
    ArticleProducer.Result r = p.submit(raw);
    mock.errorNext(new TimeoutException("broker gone"));
    assertThat(r.delivered()).isCompletedExceptionally();
    assertThat(p.sendFailures()).isEqualTo(1);
    assertThat(p.lastError()).hasMessageContaining("broker gone");
    assertThat(memory.get(r.id())).isNull();

    ArticleProducer.Result retry = p.submit(raw);
    assertThat(retry.outcome()).isEqualTo(ArticleProducer.Outcome.POSTED);
    assertThat(retry.revision()).isEqualTo(1);
    mock.completeNext();
    assertThat(retry.delivered()).isCompleted();
    assertThat(p.ackedCount()).isEqualTo(1);
  }

  @Test
  void failedSecondRevisionFallsBackToTheFirst() {
    MockProducer<String, byte[]> mock = mock(false);
    ArticleProducer p = producer(mock);
    ArticleProducer.Result r1 = p.submit(TestArticles.article("Envoys meet", "They met."));
    mock.completeNext();
    p.flush(); // records revision 1 in the seen topic, so the next pending send is revision 2
    p.submit(TestArticles.article("Envoys meet", "They met again."));
    assertThat(mock.errorNext(new TimeoutException("x"))).isTrue();
    assertThat(memory.get(r1.id()).revision()).isEqualTo(1);
    assertThat(p.submit(TestArticles.article("Envoys meet", "They met again.")).revision()).isEqualTo(2);
  }

  @Test
  void dryRunPrintsOneLinePerArticleAndSendsNothing() {
    StringWriter out = new StringWriter();
    try (ArticleProducer p = ArticleProducer.dryRun(new PrintWriter(out), memory)) {
      p.submit(TestArticles.article("Envoys meet", "They met."));
      p.submit(TestArticles.article("Envoys meet", "They met."));
      p.submit(TestArticles.article("Envoys meet", "They met twice."));
    }
    String id = ArticleIdentity.idOf(TestArticles.article("Envoys meet", "x"));
    assertThat(out.toString().lines()).containsExactly(
        id + "\trev 1\tTest\tEnvoys meet",
        id + "\trev 2\tTest\tEnvoys meet");
  }

  @Test
  void producerConfigKeepsIdempotenceAndAcksWhateverTheClientSays() {
    java.util.Properties client = new java.util.Properties();
    client.put("bootstrap.servers", "b:9092");
    client.put("acks", "1");
    client.put("enable.idempotence", "false");
    client.put("compression.type", "zstd");
    client.put("schema.registry.url", "http://r:8081");
    java.util.Properties p = ArticleProducer.producerConfig(client);
    assertThat(p).containsEntry("acks", "all").containsEntry("enable.idempotence", "true")
        .containsEntry("compression.type", "zstd").containsEntry("bootstrap.servers", "b:9092")
        .doesNotContainKey("schema.registry.url");
    assertThat(ArticleProducer.producerConfig(new java.util.Properties()))
        .containsEntry("compression.type", ArticleProducer.DEFAULT_COMPRESSION);
  }
}
