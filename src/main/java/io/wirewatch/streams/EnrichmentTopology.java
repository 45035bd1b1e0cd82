package io.wirewatch.streams;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.topics.TopicNames;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code news.articles.raw} → enrich → {@code news.articles.enriched}, and each enriched article
 * with event topic T also to {@code news.topic.T}. Key = article id throughout.
 *
 * <p>Built by a static function from its dependencies; configuration and lifecycle live in
 * {@link EnrichmentApp}. Every node is named, so the topology keeps its shape across versions.
 */
public final class EnrichmentTopology {
  private static final Logger log = LoggerFactory.getLogger(EnrichmentTopology.class);

  public static final String SOURCE = "raw-articles";
  public static final String ENRICH = "enrich";
  public static final String SINK_ENRICHED = "enriched-articles";
  static final String SINK_PREFIX = "route-";

  private EnrichmentTopology() {}

  /** Input and output topic names (reprocessing writes to a new output topic). */
  public record Topics(String input, String output, String eventTopicPrefix) {
    public Topics {
      Objects.requireNonNull(input);
      Objects.requireNonNull(output);
    }

    public static Topics defaults() {
      return new Topics(TopicNames.ARTICLES_RAW, TopicNames.ARTICLES_ENRICHED, TopicNames.EVENT_TOPIC_PREFIX);
    }

    /** No per-topic routing (reprocessing into a new version of the enriched topic). */
    public Topics withoutRouting() {
      return new Topics(input, output, null);
    }
  }

  /**
   * Builds the topology.
   *
   * @param topics input, output and routing prefix (null prefix: no routing)
   * @param enrich article → enriched article; may throw, the processing handler dead-letters it
   * @param eventTopics every event-topic id a rule can produce (one routing sink each)
   */
  public static Topology build(Topics topics, Function<Article, EnrichedArticle> enrich,
      Serde<Article> articleSerde, Serde<EnrichedArticle> enrichedSerde, Collection<String> eventTopics) {
    Set<String> routed = topics.eventTopicPrefix() == null ? Set.of() : new LinkedHashSet<>(eventTopics);
    Topology t = new Topology();
    t.addSource(SOURCE, Serdes.String().deserializer(), articleSerde.deserializer(), topics.input());
    t.addProcessor(ENRICH, () -> new EnrichProcessor(enrich, routed), SOURCE);
    // one serializer for every sink: an article routed to its event topics is encoded once
    Serializer<EnrichedArticle> enrichedOut = SerializeOnce.wrap(enrichedSerde.serializer());
    t.addSink(SINK_ENRICHED, topics.output(), Serdes.String().serializer(), enrichedOut, ENRICH);
    for (String topic : routed) {
      t.addSink(SINK_PREFIX + topic, topics.eventTopicPrefix() + topic, Serdes.String().serializer(),
          enrichedOut, ENRICH);
    }
    return t;
  }

  /** Enriches one article and forwards it to the enriched sink and to one sink per event topic. */
  static final class EnrichProcessor implements Processor<String, Article, String, EnrichedArticle> {
    private final Function<Article, EnrichedArticle> enrich;
    private final Set<String> routed;
    private ProcessorContext<String, EnrichedArticle> ctx;

    EnrichProcessor(Function<Article, EnrichedArticle> enrich, Set<String> routed) {
      this.enrich = enrich;
      this.routed = routed;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
      this.ctx = context;
    }

    @Override
    public void process(Record<String, Article> record) {
      Article article = record.value();
      if (article == null) {
        return; // a tombstone on the raw topic: nothing to enrich
      }
      EnrichmentMetrics.in();
      EnrichedArticle enriched = enrich.apply(article);
      String key = record.key() == null ? article.getId() : record.key();
      Record<String, EnrichedArticle> out = record.withKey(key).withValue(enriched);
      ctx.forward(out, SINK_ENRICHED);
      Set<String> seen = new LinkedHashSet<>();
      for (EventMatch m : enriched.getEvents()) {
        if (seen.add(m.getTopic())) {
          EnrichmentMetrics.match(m.getTopic());
          if (routed.contains(m.getTopic())) {
            ctx.forward(out, SINK_PREFIX + m.getTopic());
          } else if (!routed.isEmpty()) {
            log.warn("article {} has event topic {} with no routing topic; add it to topics.yaml", key, m.getTopic());
          }
        }
      }
      EnrichmentMetrics.out();
      Instant ingested = article.getIngested();
      if (ingested != null) {
        EnrichmentMetrics.latency(Duration.between(ingested, Instant.now()));
      }
    }
  }
}
