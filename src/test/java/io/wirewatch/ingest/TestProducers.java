package io.wirewatch.ingest;

import io.wirewatch.topics.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** ArticleProducers over Kafka's MockProducer, for unit tests of the sources. */
public final class TestProducers {
  private TestProducers() {}

  public static MockProducer<String, byte[]> autoCompleting() {
    return new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
  }

  public static ArticleProducer over(MockProducer<String, byte[]> mock, RevisionMemory memory) {
    return new ArticleProducer(new ArticleProducer.KafkaPublisher(mock, new TestArticles.PlainAvroSerializer(),
        TopicNames.ARTICLES_RAW, TopicNames.INGEST_SEEN), memory, Clock.systemUTC());
  }

  /** The articles the mock received, decoded. */
  public static List<io.wirewatch.avro.Article> articles(MockProducer<String, byte[]> mock) {
    return mock.history().stream().filter(r -> r.topic().equals(TopicNames.ARTICLES_RAW))
        .map(r -> TestArticles.decodePlain(r.value())).toList();
  }

  /** A memory rebuilt from what the mock wrote to news.ingest.seen, as a restarted process would. */
  public static RevisionMemory memoryFromSeen(MockProducer<String, byte[]> mock) {
    RevisionMemory m = new RevisionMemory();
    mock.history().stream().filter(r -> r.topic().equals(TopicNames.INGEST_SEEN))
        .forEach(r -> m.remember(r.key(), RevisionMemory.Entry.decode(new String(r.value(), StandardCharsets.UTF_8))));
    return m;
  }
}
