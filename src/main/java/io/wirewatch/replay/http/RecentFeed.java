package io.wirewatch.replay.http;

import io.wirewatch.replay.HistoryReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link RecentRecords} filled from a topic: at start it reads the last
 * {@code capacity / partitions} records of every partition (more than enough to fill the ring
 * once revisions replace each other), then follows new records. Group-less ({@code assign()}),
 * read-committed, commits nothing; one thread of its own. Close it to stop.
 */
public final class RecentFeed<T> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RecentFeed.class);

  private final KafkaConsumer<String, T> consumer;
  private final RecentRecords<T> into;
  private final String topic;
  private final Thread thread;
  private final CountDownLatch caughtUp = new CountDownLatch(1);
  private volatile boolean running = true;

  private RecentFeed(Properties clientProps, String topic, Deserializer<T> values, RecentRecords<T> into) {
    Properties p = HistoryReader.consumerProps(clientProps);
    p.put("client.id", "wirewatch-recent-" + topic);
    this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), values);
    this.into = into;
    this.topic = topic;
    this.thread = new Thread(this::loop, "recent-" + topic);
    this.thread.setDaemon(true);
  }

  /** Starts following {@code topic} into {@code into}. */
  public static <T> RecentFeed<T> start(Properties clientProps, String topic, Deserializer<T> values,
      RecentRecords<T> into) {
    RecentFeed<T> f = new RecentFeed<>(clientProps, topic, values, into);
    f.thread.start();
    return f;
  }

  /** Waits until the records present at start have been loaded. */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void loop() {
    try {
      List<PartitionInfo> infos = consumer.partitionsFor(topic);
      while (running && (infos == null || infos.isEmpty())) {
        // The topic may not exist yet (a fresh cluster): look again shortly.
        TimeUnit.SECONDS.sleep(2);
        infos = consumer.partitionsFor(topic);
      }
      List<TopicPartition> parts = new ArrayList<>();
      infos.forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
      consumer.assign(parts);
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(parts);
      Map<TopicPartition, Long> end = consumer.endOffsets(parts);
      long perPartition = Math.max(1, into.capacity() / parts.size());
      for (TopicPartition tp : parts) {
        consumer.seek(tp, Math.max(begin.get(tp), end.get(tp) - perPartition));
      }
      while (running) {
        try {
          for (ConsumerRecord<String, T> r : consumer.poll(Duration.ofMillis(500))) {
            if (r.value() == null) {
              into.remove(r.key());
            } else {
              into.add(r.key(), Instant.ofEpochMilli(r.timestamp()), r.value());
            }
          }
        } catch (RecordDeserializationException bad) {
          LOG.warn("skipping undecodable record {}-{}@{}", topic, bad.topicPartition().partition(), bad.offset());
          consumer.seek(bad.topicPartition(), bad.offset() + 1);
          continue;
        }
        if (caughtUp.getCount() > 0 && parts.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp))) {
          caughtUp.countDown();
        }
      }
    } catch (WakeupException | InterruptedException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("recent-records feed of {} stopped", topic, e);
    } finally {
      consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(5)));
    }
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
