package io.wirewatch.alert.delivery;

import io.wirewatch.client.ClientConfig;
import io.wirewatch.avro.Subscription;
import io.wirewatch.topics.TopicNames;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The current subscriptions, read from the compacted topic by a group-less consumer. One thread only. */
final class SubscriptionCache implements AutoCloseable {
  private final KafkaConsumer<String, byte[]> consumer;
  private final Serde<Subscription> serde;
  private final Map<String, Subscription> byId = new HashMap<>();
  private final List<TopicPartition> partitions;

  SubscriptionCache(Map<String, ?> client, Serde<Subscription> serde) {
    Properties p = ClientConfig.of(client).reader("wirewatch-alert-subscriptions", ClientConfig.Reading.DEFAULT);
    this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    this.serde = serde;
    this.partitions = consumer.partitionsFor(TopicNames.SUBSCRIPTIONS, Duration.ofSeconds(30)).stream()
        .map(i -> new TopicPartition(TopicNames.SUBSCRIPTIONS, i.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Reads everything written so far. */
  void catchUp() {
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(15));
    while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
      apply(Duration.ofMillis(100));
    }
  }

  /** Takes whatever has arrived, without waiting. */
  void refresh() {
    apply(Duration.ZERO);
  }

  /** The subscription, reading to the end of the topic first when it is not known yet. */
  Subscription get(String id) {
    Subscription s = byId.get(id);
    if (s == null) {
      catchUp();
      s = byId.get(id);
    }
    return s;
  }

  private void apply(Duration wait) {
    for (ConsumerRecord<String, byte[]> r : consumer.poll(wait)) {
      Subscription s = r.value() == null ? null : serde.deserializer().deserialize(r.topic(), r.value());
      if (s == null) {
        byId.remove(r.key());
      } else {
        byId.put(r.key(), s);
      }
    }
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(2));
  }
}
