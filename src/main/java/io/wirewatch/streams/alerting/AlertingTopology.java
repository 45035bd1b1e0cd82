package io.wirewatch.streams.alerting;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.avro.Story;
import io.wirewatch.avro.StoryStatus;
import io.wirewatch.avro.Surge;
import io.wirewatch.alert.AlertFilter;
import io.wirewatch.stories.StoryClusterer;
import io.wirewatch.stories.StoryState;
import io.wirewatch.streams.alerting.internal.AlertMatcher;
import io.wirewatch.streams.alerting.internal.DigestState;
import io.wirewatch.streams.alerting.internal.JsonSerde;
import io.wirewatch.streams.alerting.internal.RateLimiter;
import io.wirewatch.streams.alerting.internal.StoryProcessor;
import io.wirewatch.streams.alerting.internal.StoryUpdate;
import io.wirewatch.streams.alerting.internal.SubscriptionsView;
import io.wirewatch.streams.alerting.internal.SurgeAlerter;
import io.wirewatch.streams.alerting.internal.SurgeBucket;
import io.wirewatch.streams.alerting.internal.SurgeDetector;
import io.wirewatch.topics.TopicNames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Stories, surges and alerts from {@code news.articles.enriched}:
 *
 * <pre>
 * news.articles.enriched
 *  ├► repartition "stories-single-partition" (1 partition: every open story in one task)
 *  │    └► story-clusterer [stories-open, stories-by-article] ─┬► news.stories
 *  │                                                          └► alert-matcher [alerts-sent] ─┐
 *  │                                                                                          ├► alert-rate-limiter
 *  │       [alert-rate-counts, alert-digests], in the story task ─► news.alerts              │
 *  └► surge-keys (country|topic, repartition "surge-keys")                                    │
 *       └► hopping 1 h windows [surge-hourly-counts] ─► surge-detector [surges-emitted]       │
 *            ├► news.surges                                                                   │
 *            └► surge-alerter ─► repartition "surge-alerts-single-partition" (1 partition) ───┘
 * news.subscriptions ─► GlobalKTable [subscriptions-global], read by the matcher, surge alerter and rate limiter
 * </pre>
 *
 * Every stateful operator, store and repartition topic is named, so the topology can change without
 * losing state.
 */
public final class AlertingTopology {
  private AlertingTopology() {}

  public static Topology build(AlertingConfig config, AlertingSerdes serdes) {
    config.validated();
    StreamsBuilder b = new StreamsBuilder();
    StoryClusterer clusterer = new StoryClusterer(config.stories());

    b.globalTable(TopicNames.SUBSCRIPTIONS, Consumed.with(Serdes.String(), serdes.subscription())
            .withName("subscriptions-source"),
        Materialized.as(SubscriptionsView.STORE));

    b.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryProcessor.OPEN_STORE),
        Serdes.String(), JsonSerde.of(StoryState.class)));
    b.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryProcessor.INDEX_STORE),
        Serdes.String(), Serdes.String()));
    b.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AlertMatcher.SENT_STORE),
        Serdes.String(), Serdes.Long()));
    b.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SurgeDetector.EMITTED_STORE),
        Serdes.String(), Serdes.Long()));
    b.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RateLimiter.COUNTS_STORE),
        Serdes.String(), Serdes.Integer()));
    b.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RateLimiter.DIGEST_STORE),
        Serdes.String(), JsonSerde.of(DigestState.class)));

    KStream<String, EnrichedArticle> enriched = b.stream(TopicNames.ARTICLES_ENRICHED,
        Consumed.with(Serdes.String(), serdes.enriched()).withName("enriched-source"));

    // Stories
    KStream<String, StoryUpdate> updates = enriched
        .repartition(Repartitioned.with(Serdes.String(), serdes.enriched())
            .withName("stories-single-partition").withNumberOfPartitions(1))
        .process(() -> new StoryProcessor(clusterer), Named.as("story-clusterer"),
            StoryProcessor.OPEN_STORE, StoryProcessor.INDEX_STORE);
    updates.mapValues(u -> toAvro(u.story()), Named.as("story-to-avro"))
        .to(TopicNames.STORIES, Produced.with(Serdes.String(), serdes.story()).withName("stories-sink"));
    KStream<String, Alert> storyAlerts = updates.process(() -> new AlertMatcher(config.alertMemory()),
        Named.as("alert-matcher"), AlertMatcher.SENT_STORE);

    // Surges
    KStream<String, Surge> surges = enriched
        .flatMap((id, a) -> surgeKeys(a), Named.as("surge-keys"))
        .groupByKey(Grouped.with("surge-keys", Serdes.String(), Serdes.String()))
        .windowedBy(TimeWindows.ofSizeAndGrace(Duration.ofHours(1), Duration.ofMinutes(10)).advanceBy(config.surgeAdvance()))
        .aggregate(SurgeBucket::empty, (key, headline, agg) -> agg.add(headline), Named.as("surge-count"),
            Materialized.<String, SurgeBucket, WindowStore<Bytes, byte[]>>as(SurgeDetector.COUNTS_STORE)
                .withKeySerde(Serdes.String()).withValueSerde(JsonSerde.of(SurgeBucket.class))
                .withRetention(Duration.ofHours(27)))
        .toStream(Named.as("surge-count-updates"))
        .process(() -> new SurgeDetector(config.surgeFactor(), config.surgeMinArticles(), config.surgeAdvance()),
            Named.as("surge-detector"), SurgeDetector.COUNTS_STORE, SurgeDetector.EMITTED_STORE);
    surges.to(TopicNames.SURGES, Produced.with(Serdes.String(), serdes.surge()).withName("surges-sink"));
    KStream<String, Alert> surgeAlerts = surges.process(SurgeAlerter::new, Named.as("surge-alerter"));

    // Rate limit per subscription, then out. Story alerts are made in the single story task, so the
    // limiter runs right there: an article's alert leaves in the same transaction that clustered it.
    // (A repartition by subscription in between cost one more commit interval on every alert.) The
    // rarer surge alerts come over to that task through a one-partition topic of their own.
    KStream<String, Alert> surgeAlertsToStoryTask = surgeAlerts.repartition(Repartitioned.with(Serdes.String(),
        serdes.alert()).withName("surge-alerts-single-partition").withNumberOfPartitions(1));
    storyAlerts.merge(surgeAlertsToStoryTask, Named.as("alert-candidates-merge"))
        .process(() -> new RateLimiter(config.digestCheck()), Named.as("alert-rate-limiter"),
            RateLimiter.COUNTS_STORE, RateLimiter.DIGEST_STORE)
        .to(TopicNames.ALERTS, Produced.with(Serdes.String(), serdes.alert()).withName("alerts-sink"));
    return b.build();
  }

  /** The Avro Story for a clusterer state. */
  public static Story toAvro(StoryState s) {
    return Story.newBuilder()
        .setId(s.id())
        .setFirstHeadline(s.firstHeadline())
        .setLatestHeadline(s.latestHeadline())
        .setArticleIds(s.articleIds())
        .setSources(s.sources())
        .setFirstSeen(Instant.ofEpochMilli(s.firstSeen()))
        .setLastSeen(Instant.ofEpochMilli(s.lastSeen()))
        .setEventTopics(s.topics())
        .setCountries(s.countries())
        .setArticleCount(s.articleCount())
        .setStatus(s.phase() == StoryState.Phase.DEVELOPING ? StoryStatus.DEVELOPING : StoryStatus.NEW)
        .setUrl(s.url())
        .build();
  }

  /** One (country|topic, headline) per primary country and event topic of the article. */
  static List<KeyValue<String, String>> surgeKeys(EnrichedArticle a) {
    List<KeyValue<String, String>> out = new ArrayList<>();
    if (a == null) {
      return out;
    }
    List<String> topics = a.getEvents().stream().map(EventMatch::getTopic).distinct().toList();
    for (String c : AlertFilter.primaryCountries(a)) {
      for (String t : topics) {
        out.add(KeyValue.pair(c + "|" + t, a.getArticle().getHeadline()));
      }
    }
    return out;
  }
}
