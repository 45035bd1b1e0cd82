package io.wirewatch.topics;

/** Names of every Kafka topic Wirewatch reads or writes, shared by code, tests and {@code topics.yaml}. */
public final class TopicNames {
  /** Avro Article, key = article id; kept for replay. */
  public static final String ARTICLES_RAW = "news.articles.raw";
  /** Avro EnrichedArticle, key = article id; kept for replay. */
  public static final String ARTICLES_ENRICHED = "news.articles.enriched";
  /** Prefix of the per-event-topic routing topics: {@code news.topic.<event-topic-id>}. */
  public static final String EVENT_TOPIC_PREFIX = "news.topic.";
  /** Avro Story, compacted, key = story id. */
  public static final String STORIES = "news.stories";
  /** Avro Surge. */
  public static final String SURGES = "news.surges";
  /** Avro Subscription, compacted, key = subscription id. */
  public static final String SUBSCRIPTIONS = "news.subscriptions";
  /** Avro Alert, key = subscription id. */
  public static final String ALERTS = "news.alerts";
  /** Records the enrichment could not read or process, original bytes plus reason headers. */
  public static final String DLQ = "news.dlq";
  /** Alerts that could not be delivered after retries. */
  public static final String ALERTS_DLQ = "news.alerts.dlq";
  /** Compacted memory of what ingest already posted (key = article id, value = "revision:sha256"). */
  public static final String INGEST_SEEN = "news.ingest.seen";
  /** The event-topic ids of the rules the enrich role runs (JSON), compacted, one key; read to validate subscriptions. */
  public static final String RULE_TOPICS = "news.rules.topics";
  /** The schema registry's own storage topic (compacted, one partition). */
  public static final String SCHEMAS = "_schemas";

  private TopicNames() {}

  /** The routing topic for one event topic id, e.g. {@code news.topic.sanctions-blocked}. */
  public static String forEventTopic(String eventTopicId) {
    return EVENT_TOPIC_PREFIX + eventTopicId;
  }
}
