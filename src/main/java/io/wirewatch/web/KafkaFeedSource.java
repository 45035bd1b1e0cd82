package io.wirewatch.web;

import io.wirewatch.client.ClientConfig;

import io.micrometer.core.instrument.Metrics;
import io.wirewatch.topics.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the Wirewatch topics into a {@link LiveFeed}: one consumer thread, no consumer group (it
 * assigns every partition itself, so any number of web servers each see everything and nothing is
 * committed), {@code read_committed}, starting at the first record of the look-back period (or
 * further back for a {@link LiveFeed.Tap} that asks for more records).
 * Topics that do not exist yet are looked for again every few seconds. A record that cannot be
 * deserialized is skipped and counted ({@code wirewatch.web.feed.skipped}).
 */
public final class KafkaFeedSource implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(KafkaFeedSource.class);
  private static final Duration REDISCOVER = Duration.ofSeconds(5);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Map<String, BiConsumer<String, ConsumerRecord<byte[], byte[]>>> handlers = new HashMap<>();
  /** Records wanted at start by the tap of a topic, over all its partitions. */
  private final Map<String, Integer> tapRecords = new HashMap<>();
  private final Duration lookBack;
  private final long liveFrom;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean caughtUp;
  private final Set<String> assignedTopics = new HashSet<>();

  private KafkaFeedSource(LiveFeed feed, Properties client, LiveFeed.Deserializers d, LiveFeed.Taps taps,
      Duration lookBack) {
    this.lookBack = lookBack;
    this.liveFrom = Instant.now().minus(lookBack).toEpochMilli();
    Properties p = ClientConfig.of(client).reader("wirewatch-web-feed", ClientConfig.Reading.DEFAULT);
    this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    handlers.put(TopicNames.ARTICLES_ENRICHED, decoding(d.articles(), feed::publishArticle,
        tap(TopicNames.ARTICLES_ENRICHED, taps.articles())));
    handlers.put(TopicNames.ALERTS, decoding(d.alerts(), feed::publishAlert, null));
    if (d.stories() != null) {
      handlers.put(TopicNames.STORIES, decoding(d.stories(), feed::publishStory, tap(TopicNames.STORIES, taps.stories())));
    }
    if (d.surges() != null) {
      handlers.put(TopicNames.SURGES, decoding(d.surges(), feed::publishSurge, null));
    }
    this.thread = new Thread(this::run, "wirewatch-web-feed");
    this.thread.setDaemon(true);
  }

  static KafkaFeedSource start(LiveFeed feed, Properties client, LiveFeed.Deserializers d, LiveFeed.Taps taps,
      Duration lookBack) {
    KafkaFeedSource s = new KafkaFeedSource(feed, client, d, taps, lookBack);
    s.thread.start();
    return s;
  }

  /** True once every assigned partition was read up to where it stood at assignment. */
  public boolean caughtUp() {
    return caughtUp;
  }

  private interface Publish<T> {
    FeedEvent publish(String id, T value);
  }

  private <T> LiveFeed.Sink<T> tap(String topic, LiveFeed.Tap<T> tap) {
    if (tap == null) {
      return null;
    }
    tapRecords.put(topic, tap.records());
    return tap.sink();
  }

  /**
   * Decodes a record; hands it to {@code tap} (if any) and, when it is within the look-back and not
   * a tombstone, publishes it to the feed.
   */
  private <T> BiConsumer<String, ConsumerRecord<byte[], byte[]>> decoding(Deserializer<T> d, Publish<T> p,
      LiveFeed.Sink<T> tap) {
    return (id, r) -> {
      T value;
      try {
        value = d.deserialize(r.topic(), r.headers(), r.value());
      } catch (RuntimeException e) {
        Metrics.counter("wirewatch.web.feed.skipped", "topic", r.topic()).increment();
        log.warn("live feed skips {}: cannot deserialize ({})", id, e.toString());
        return;
      }
      if (tap != null) {
        tap.accept(r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
            Instant.ofEpochMilli(r.timestamp()), value);
      }
      if (value != null && r.timestamp() >= liveFrom) { // tombstones (compacted topics) carry nothing to show
        p.publish(id, value);
      }
    };
  }

  private void run() {
    Map<TopicPartition, Long> catchUpTo = new HashMap<>();
    long nextDiscovery = 0;
    try {
      while (running) {
        if (assignedTopics.size() < handlers.size() && System.nanoTime() >= nextDiscovery) {
          catchUpTo.putAll(discover());
          nextDiscovery = System.nanoTime() + REDISCOVER.toNanos();
        }
        if (consumer.assignment().isEmpty()) {
          Thread.sleep(200); // nothing to read yet; the topics will be looked for again
          continue;
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          String id = r.topic() + ":" + r.partition() + ":" + r.offset();
          handlers.get(r.topic()).accept(id, r);
        }
        if (!caughtUp) {
          catchUpTo.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
          caughtUp = catchUpTo.isEmpty() && assignedTopics.size() == handlers.size();
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.error("live feed consumer stopped", e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /** Assigns the partitions of newly found topics, positioned at the start of the look-back. */
  private Map<TopicPartition, Long> discover() {
    List<TopicPartition> added = new ArrayList<>();
    for (String topic : handlers.keySet()) {
      if (assignedTopics.contains(topic)) {
        continue;
      }
      List<PartitionInfo> parts;
      try {
        parts = consumer.partitionsFor(topic, Duration.ofSeconds(5));
      } catch (RuntimeException e) {
        log.debug("live feed cannot see topic {} yet: {}", topic, e.toString());
        continue;
      }
      if (parts == null || parts.isEmpty()) {
        continue;
      }
      assignedTopics.add(topic);
      parts.forEach(pi -> added.add(new TopicPartition(pi.topic(), pi.partition())));
    }
    if (added.isEmpty()) {
      return Map.of();
    }
    List<TopicPartition> all = new ArrayList<>(consumer.assignment());
    all.addAll(added);
    consumer.assign(all);
    long since = Instant.now().minus(lookBack).toEpochMilli();
    Map<TopicPartition, Long> query = new HashMap<>();
    added.forEach(tp -> query.put(tp, since));
    Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(query, Duration.ofSeconds(10));
    Map<TopicPartition, Long> ends = consumer.endOffsets(added, Duration.ofSeconds(10));
    Map<TopicPartition, Long> begins = consumer.beginningOffsets(added, Duration.ofSeconds(10));
    Map<String, Long> partitions = new HashMap<>();
    added.forEach(tp -> partitions.merge(tp.topic(), 1L, Long::sum));
    for (TopicPartition tp : added) {
      OffsetAndTimestamp start = starts.get(tp);
      long offset = start == null ? ends.get(tp) : start.offset();
      Integer wanted = tapRecords.get(tp.topic());
      if (wanted != null) { // a tap wants the newest records even when they are older than the look-back
        long perPartition = Math.max(1, wanted / partitions.get(tp.topic()));
        offset = Math.min(offset, Math.max(begins.get(tp), ends.get(tp) - perPartition));
      }
      consumer.seek(tp, offset);
    }
    log.info("live feed reads {} partitions of {}", added.size(), assignedTopics);
    return ends;
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
