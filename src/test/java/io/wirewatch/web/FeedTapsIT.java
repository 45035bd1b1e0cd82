package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.testkit.PlainAvroSerde;
import io.wirewatch.topics.TopicNames;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web role reads news.articles.enriched once: the live feed's reader also hands every record to
 * a tap (the history ring), from further back than the feed's one-day look-back when the tap asks,
 * and tombstones as removals. The feed itself still shows only the look-back.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class FeedTapsIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  @Test
  void oneReaderFeedsTheLiveFeedAndTheHistoryTap() throws Exception {
    kafka.createWirewatchTopics();
    Instant now = Instant.now();
    Properties p = kafka.clientProperties();
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(p, new StringSerializer(),
        new PlainAvroSerde<>(EnrichedArticle.class).serializer())) {
      Instant old = now.minus(Duration.ofDays(3));
      send(producer, "a-old", old, Fixtures.simple("a-old", "sanctions-blocked", "KP", old));
      send(producer, "a-new", now, Fixtures.simple("a-new", "sanctions-blocked", "KP", now));
      send(producer, "a-gone", now, Fixtures.simple("a-gone", "sanctions-blocked", "KP", now));
      send(producer, "a-gone", now, null);
    }

    Map<String, Instant> tapped = new ConcurrentHashMap<>();
    LiveFeed feed = new LiveFeed();
    LiveFeed.Taps taps = new LiveFeed.Taps(new LiveFeed.Tap<EnrichedArticle>((key, at, value) -> {
      if (value == null) {
        tapped.remove(key);
      } else {
        tapped.put(key, at);
      }
    }, 100), null);
    try (KafkaFeedSource source = feed.startKafka(kafka.clientProperties(), new LiveFeed.Deserializers(
        new PlainAvroSerde<>(EnrichedArticle.class).deserializer(), new PlainAvroSerde<>(Alert.class).deserializer(),
        null, null), taps)) {
      await().atMost(Duration.ofSeconds(60)).until(source::caughtUp);
      await().atMost(Duration.ofSeconds(10)).until(() -> tapped.keySet().equals(Set.of("a-old", "a-new")));
      assertThat(feed.size()).as("feed events: the two articles within the look-back, no tombstone").isEqualTo(2);
      assertThat(feed.recent(10, FeedFilter.ALL)).extracting(FeedEvent::json)
          .anySatisfy(j -> assertThat(j).contains("a-new"))
          .noneSatisfy(j -> assertThat(j).contains("a-old"));
    } finally {
      feed.close();
    }
  }

  private static void send(KafkaProducer<String, EnrichedArticle> producer, String key, Instant at,
      EnrichedArticle value) throws Exception {
    producer.send(new ProducerRecord<>(TopicNames.ARTICLES_ENRICHED, null, at.toEpochMilli(), key, value))
        .get(10, TimeUnit.SECONDS);
  }
}
