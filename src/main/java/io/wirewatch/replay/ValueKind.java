package io.wirewatch.replay;

import io.wirewatch.UserException;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.topics.TopicNames;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/** The value class of an article topic, picked from the topic name. */
public enum ValueKind {
  /** {@code news.articles.raw}: Avro {@link Article}. */
  ARTICLE(Article.class, Article.getClassSchema()),
  /** {@code news.articles.enriched}, its reprocessed copies and {@code news.topic.*}: {@link EnrichedArticle}. */
  ENRICHED(EnrichedArticle.class, EnrichedArticle.getClassSchema());

  private final Class<? extends SpecificRecord> type;
  private final Schema schema;

  ValueKind(Class<? extends SpecificRecord> type, Schema schema) {
    this.type = type;
    this.schema = schema;
  }

  public Class<? extends SpecificRecord> type() {
    return type;
  }

  public Schema schema() {
    return schema;
  }

  /**
   * {@code news.articles.raw} (and copies named {@code news.articles.raw.*}) hold articles;
   * {@code news.articles.enriched}, {@code news.articles.enriched.*} and {@code news.topic.*} hold
   * enriched articles.
   *
   * @throws UserException for any other topic, naming the ones replay reads
   */
  public static ValueKind forTopic(String topic) {
    if (topic.equals(TopicNames.ARTICLES_RAW) || topic.startsWith(TopicNames.ARTICLES_RAW + ".")) {
      return ARTICLE;
    }
    if (topic.equals(TopicNames.ARTICLES_ENRICHED) || topic.startsWith(TopicNames.ARTICLES_ENRICHED + ".")
        || topic.startsWith(TopicNames.EVENT_TOPIC_PREFIX)) {
      return ENRICHED;
    }
    throw new UserException("replay cannot read topic '" + topic + "': it reads article topics — "
        + TopicNames.ARTICLES_RAW + " (raw articles), " + TopicNames.ARTICLES_ENRICHED
        + " or a reprocessed copy such as " + TopicNames.ARTICLES_ENRICHED + ".v2 (enriched articles), and "
        + TopicNames.EVENT_TOPIC_PREFIX + "<event-topic> — pick one with --topic");
  }
}
