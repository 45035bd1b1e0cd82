package io.wirewatch.registry;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.Story;
import io.wirewatch.avro.Subscription;
import io.wirewatch.avro.Surge;
import io.wirewatch.topics.TopicNames;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.avro.Schema;

/** Which Wirewatch value schema belongs to which topic's subject, and registering them all. */
public final class SchemaCatalog {
  private SchemaCatalog() {}

  /**
   * Every value subject of Wirewatch with its schema, in a stable order.
   *
   * @param eventTopicIds ids of the event topics (each has a {@code news.topic.<id>} topic of
   *     EnrichedArticle)
   */
  public static Map<String, Schema> valueSubjects(Collection<String> eventTopicIds) {
    Map<String, Schema> out = new LinkedHashMap<>();
    out.put(value(TopicNames.ARTICLES_RAW), Article.getClassSchema());
    out.put(value(TopicNames.ARTICLES_ENRICHED), EnrichedArticle.getClassSchema());
    for (String id : eventTopicIds) {
      out.put(value(TopicNames.forEventTopic(id)), EnrichedArticle.getClassSchema());
    }
    out.put(value(TopicNames.STORIES), Story.getClassSchema());
    out.put(value(TopicNames.SURGES), Surge.getClassSchema());
    out.put(value(TopicNames.SUBSCRIPTIONS), Subscription.getClassSchema());
    out.put(value(TopicNames.ALERTS), Alert.getClassSchema());
    out.put(value(TopicNames.ALERTS_DLQ), Alert.getClassSchema());
    return out;
  }

  /**
   * Registers every value schema under its subject (an existing registration is found, not
   * duplicated) and returns subject → schema id.
   *
   * @throws SchemaRegistryException.IncompatibleSchemaException when a subject holds a schema the
   *     new one is not compatible with
   */
  public static Map<String, Integer> registerAll(SchemaRegistryClient client, Collection<String> eventTopicIds) {
    return registerAll(client, eventTopicIds, Runnable::run);
  }

  /**
   * As {@link #registerAll(SchemaRegistryClient, Collection)}, the registrations sent side by side
   * on {@code executor} (a registry answers each after a round trip through its own topic).
   */
  public static Map<String, Integer> registerAll(SchemaRegistryClient client, Collection<String> eventTopicIds,
      Executor executor) {
    Map<String, CompletableFuture<Integer>> pending = new LinkedHashMap<>();
    valueSubjects(eventTopicIds).forEach((subject, schema) ->
        pending.put(subject, CompletableFuture.supplyAsync(() -> client.register(subject, schema), executor)));
    Map<String, Integer> ids = new LinkedHashMap<>();
    pending.forEach((subject, id) -> {
      try {
        ids.put(subject, id.join());
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    });
    return ids;
  }

  private static String value(String topic) {
    return AvroSerializer.subjectFor(topic, false);
  }
}
