package io.wirewatch.production;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.wirewatch.roles.EnrichRole;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.enrich.Enricher;
import io.wirewatch.enrich.EnricherHolder;
import io.wirewatch.streams.EnrichmentTopology;
import io.wirewatch.testkit.Fixtures;
import io.wirewatch.testkit.PlainAvroSerde;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.Topology;

/**
 * The real enrichment — Wirewatch's gazetteer, rules and topology — as the application under
 * test of the scale-out tests. The three-broker test cluster has no schema registry, so values
 * are plain Avro binary here; everything between the serdes is the production code path.
 */
public final class EnrichmentUnderTest implements AppUnderTest {
  private static final PlainAvroSerde<Article> ARTICLES = new PlainAvroSerde<>(Article.class);
  private static final PlainAvroSerde<EnrichedArticle> ENRICHED = new PlainAvroSerde<>(EnrichedArticle.class);
  private static final String HEADLINE = "China, Russia block U.S. bid for more North Korea sanctions";

  @Override
  public Topology topology(String inputTopic, String outputTopic) {
    EnricherHolder holder = new EnricherHolder(Enricher.defaults());
    return EnrichmentTopology.build(new EnrichmentTopology.Topics(inputTopic, outputTopic, null),
        EnrichRole.enrichFunction(holder), ARTICLES, ENRICHED, List.of());
  }

  @Override
  public ProducerRecord<byte[], byte[]> input(String topic, String id) {
    Article a = Fixtures.article(id, HEADLINE, "China and Russia blocked the bid at the UN Security Council on Friday.");
    return new ProducerRecord<>(topic, id.getBytes(UTF_8), ARTICLES.serializer().serialize(topic, a));
  }

  @Override
  public String idOf(ConsumerRecord<byte[], byte[]> output) {
    return new String(output.key(), UTF_8);
  }

  @Override
  public void verify(String id, ConsumerRecord<byte[], byte[]> output) {
    EnrichedArticle e = ENRICHED.deserializer().deserialize(output.topic(), output.value());
    if (!id.equals(e.getId()) || !id.equals(e.getArticle().getId())) {
      throw new AssertionError("output keyed " + id + " holds article " + e.getId());
    }
    if (e.getEvents().stream().map(EventMatch::getTopic).noneMatch("sanctions-blocked"::equals)) {
      throw new AssertionError("article " + id + " was not tagged sanctions-blocked: " + e.getEvents());
    }
  }
}
