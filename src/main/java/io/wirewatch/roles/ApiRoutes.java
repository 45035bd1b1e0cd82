package io.wirewatch.roles;

import io.javalin.config.JavalinConfig;
import io.wirewatch.alert.AlertActivity;
import io.wirewatch.alert.RuleTopicsLog;
import io.wirewatch.client.ClientConfig;
import io.wirewatch.alert.SubscriptionStore;
import io.wirewatch.alert.secrets.SealedSubscriptionSerde;
import io.wirewatch.alert.secrets.SecretKeys;
import io.wirewatch.alert.delivery.AddressGuard;
import io.wirewatch.alert.http.SubscriptionQuota;
import io.wirewatch.alert.http.SubscriptionRoutes;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.Story;
import io.wirewatch.avro.Subscription;
import io.wirewatch.ingest.ArticleProducer;
import io.wirewatch.ingest.IngestStats;
import io.wirewatch.ingest.IngestRuntime;
import io.wirewatch.ingest.http.ArticleIngestRoutes;
import io.wirewatch.registry.AvroSerdes;
import io.wirewatch.replay.http.HistoryRoutes;
import io.wirewatch.replay.http.RecentRecords;
import io.wirewatch.web.LiveFeed;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feature endpoints that the one HTTP server carries besides the dashboard and the live feed:
 * {@code POST /api/articles} (ingest), {@code /api/subscriptions} (alerting) and
 * {@code GET /api/articles}, {@code GET /api/stories} (recent history). Used by {@code web} and
 * {@code dev}; owns the producers behind them and closes them. The history rings are filled by the
 * web role's one reader of the topics ({@link #taps()}).
 */
final class ApiRoutes implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ApiRoutes.class);

  private final List<Consumer<JavalinConfig>> routes;
  private final Deque<AutoCloseable> resources;
  private final ArticleProducer producer;
  private final LiveFeed.Taps taps;

  private ApiRoutes(List<Consumer<JavalinConfig>> routes, Deque<AutoCloseable> resources, ArticleProducer producer,
      LiveFeed.Taps taps) {
    this.routes = routes;
    this.resources = resources;
    this.producer = producer;
    this.taps = taps;
  }

  /** A ring kept as the topic is: a record replaces its key's entry, a tombstone removes it. */
  private static <T> LiveFeed.Sink<T> into(RecentRecords<T> ring) {
    return (key, timestamp, value) -> {
      if (value == null) {
        ring.remove(key);
      } else {
        ring.add(key, timestamp, value);
      }
    };
  }

  /** Where the web role's feed reader hands the records of the history topics. */
  LiveFeed.Taps taps() {
    return taps;
  }

  /**
   * Connects everything behind the endpoints.
   *
   * @param ingestToken bearer token required by POST /api/articles, or null for none
   * @param secrets keys that encrypt webhook secrets before they reach news.subscriptions
   * @param maxSubscriptions the most subscriptions POST /api/subscriptions keeps
   * @param webhookGuard refuses webhook URLs of new subscriptions that delivery (configured alike) would refuse
   */
  static ApiRoutes start(ClientConfig clientConfig, String ingestToken, SecretKeys secrets, int maxSubscriptions,
      AddressGuard webhookGuard) {
    Properties client = clientConfig.settings();
    Map<String, Object> serde = clientConfig.registry();
    Deque<AutoCloseable> resources = new ArrayDeque<>();
    List<Consumer<JavalinConfig>> routes = new ArrayList<>();
    try {
      ArticleProducer producer = IngestRuntime.producerWithMemory(client, Duration.ofSeconds(30));
      resources.push(producer);
      routes.add(new ArticleIngestRoutes(producer, new IngestStats(), ArticleIngestRoutes.DEFAULT_MAX_BYTES, ingestToken));

      RuleTopicsLog.Reader ruleTopics = new RuleTopicsLog.Reader(clientConfig);
      resources.push(ruleTopics);
      SubscriptionStore subscriptions = new SubscriptionStore(serde,
          SealedSubscriptionSerde.wrap(AvroSerdes.specific(Subscription.class, serde, false), secrets),
          Clock.systemUTC(), ruleTopics);
      resources.push(subscriptions);
      routes.add(new SubscriptionQuota(subscriptions, maxSubscriptions, webhookGuard));
      AlertActivity activity = AlertActivity.start(serde, AvroSerdes.specific(Alert.class, serde, false).deserializer());
      resources.push(activity);
      routes.add(cfg -> SubscriptionRoutes.register(cfg.routes, subscriptions, activity.ledger()));

      // filled by the web role's one reader of news.articles.enriched and news.stories (see taps())
      RecentRecords<EnrichedArticle> articles = new RecentRecords<>(2_000);
      RecentRecords<Story> stories = new RecentRecords<>(1_000);
      routes.add(cfg -> HistoryRoutes.register(cfg.routes, articles, stories, Clock.systemUTC()));
      LiveFeed.Taps taps = new LiveFeed.Taps(new LiveFeed.Tap<>(into(articles), articles.capacity()),
          new LiveFeed.Tap<>(into(stories), stories.capacity()));
      return new ApiRoutes(List.copyOf(routes), resources, producer, taps);
    } catch (RuntimeException e) {
      closeAll(resources);
      throw e;
    }
  }

  public List<Consumer<JavalinConfig>> routes() {
    return routes;
  }

  /** The producer behind POST /api/articles (dev's demo feeder posts through it too). */
  public ArticleProducer producer() {
    return producer;
  }

  @Override
  public void close() {
    closeAll(resources);
  }

  private static void closeAll(Deque<AutoCloseable> resources) {
    while (!resources.isEmpty()) {
      AutoCloseable c = resources.pop();
      try {
        c.close();
      } catch (Exception e) {
        log.warn("error while closing {}: {}", c.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
