package io.wirewatch.alert;

import io.wirewatch.client.ClientConfig;
import io.wirewatch.avro.Subscription;
import io.wirewatch.topics.TopicNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Subscriptions kept in the compacted topic {@code news.subscriptions} (key = id, a tombstone removes
 * one). Writes wait for the broker's acknowledgement; {@link #list()} reads the topic to its end, so it
 * sees every write acknowledged before the call. Thread-safe.
 */
public final class SubscriptionStore implements AutoCloseable {
  private final Map<String, Object> client;
  private final Serde<Subscription> serde;
  private final Clock clock;
  private final KafkaProducer<String, Subscription> producer;
  private final String topic;
  private final Supplier<List<String>> topicIds;

  /**
   * @param client Kafka client settings (at least bootstrap.servers)
   * @param serde the Subscription serde
   */
  public SubscriptionStore(Map<String, ?> client, Serde<Subscription> serde, Clock clock) {
    this(client, serde, clock, TopicNames.SUBSCRIPTIONS, () -> EventTopics.IDS);
  }

  /**
   * As above, validating topics against {@code topicIds}: the event topics of the rules the enrich
   * role runs (see {@link RuleTopicsLog.Reader}), asked at each {@link #add}.
   */
  public SubscriptionStore(Map<String, ?> client, Serde<Subscription> serde, Clock clock,
      Supplier<List<String>> topicIds) {
    this(client, serde, clock, TopicNames.SUBSCRIPTIONS, topicIds);
  }

  SubscriptionStore(Map<String, ?> client, Serde<Subscription> serde, Clock clock, String topic) {
    this(client, serde, clock, topic, () -> EventTopics.IDS);
  }

  private SubscriptionStore(Map<String, ?> client, Serde<Subscription> serde, Clock clock, String topic,
      Supplier<List<String>> topicIds) {
    this.topicIds = topicIds;
    this.client = new HashMap<>(client);
    this.serde = serde;
    this.clock = clock;
    this.topic = topic;
    Properties p = ClientConfig.of(this.client).producer("wirewatch-subscriptions", ClientConfig.Batching.INTERACTIVE);
    this.producer = new KafkaProducer<>(p, new StringSerializer(), serde.serializer());
  }

  /** Validates {@code request} (all problems at once), stores it under a new id and returns it. */
  public Subscription add(SubscriptionRequest request) {
    Subscription s = Subscriptions.toAvro(request, Subscriptions.newId(), clock.instant(), topicIds.get());
    send(s.getId(), s);
    return s;
  }

  /** Stores {@code s} as is (replacing any subscription with its id). */
  public void put(Subscription s) {
    send(s.getId(), s);
  }

  /** The subscription with this id, if there is one. */
  public Optional<Subscription> get(String id) {
    return Optional.ofNullable(current().get(id));
  }

  /**
   * Pauses subscription {@code id}: no alert is delivered until it is resumed (see {@link SubscriptionState}).
   *
   * @return the subscription as stored
   * @throws UnknownSubscriptionException when there is no such subscription
   */
  public Subscription pause(String id) {
    Instant now = clock.instant();
    return change(id, s -> SubscriptionState.pause(s, now));
  }

  /** Resumes subscription {@code id} (from a pause or a snooze); a no-op when it is active. */
  public Subscription resume(String id) {
    Instant now = clock.instant();
    return change(id, s -> SubscriptionState.resume(s, now));
  }

  /**
   * Snoozes subscription {@code id} until {@code until}, an instant or a duration from now as
   * {@link SubscriptionState#parseUntil} reads it; it delivers again by itself at that instant.
   *
   * @throws SubscriptionState.InvalidChange when {@code until} is unreadable, past or too far
   * @throws UnknownSubscriptionException when there is no such subscription
   */
  public Subscription snooze(String id, String until) {
    Instant now = clock.instant();
    Instant end = SubscriptionState.parseUntil(until, now);
    return change(id, s -> SubscriptionState.snooze(s, end, now));
  }

  /** The clock this store stamps changes with. */
  public Clock clock() {
    return clock;
  }

  // Read, change, write: two concurrent changes of one subscription are resolved by the last write.
  private Subscription change(String id, UnaryOperator<Subscription> f) {
    Subscription s = current().get(id);
    if (s == null) {
      throw new UnknownSubscriptionException(id);
    }
    Subscription changed = f.apply(s);
    if (!changed.equals(s)) {
      send(id, changed);
    }
    return changed;
  }

  /** Removes subscription {@code id}; false when there was none. */
  public boolean remove(String id) {
    if (!current().containsKey(id)) {
      return false;
    }
    send(id, null);
    return true;
  }

  /** Every current subscription, in the order they were last written. */
  public List<Subscription> list() {
    return new ArrayList<>(current().values());
  }

  private Map<String, Subscription> current() {
    Properties p = ClientConfig.of(client).reader("wirewatch-subscriptions-reader", ClientConfig.Reading.DEFAULT);
    Map<String, Subscription> out = new LinkedHashMap<>();
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(15)).stream()
          .map(i -> new TopicPartition(topic, i.partition())).toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(15));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("reading " + topic + " took longer than 30 s");
        }
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
          Subscription s = serde.deserializer().deserialize(topic, r.value());
          out.remove(r.key());
          if (s != null) {
            out.put(r.key(), s);
          }
        }
      }
    }
    return out;
  }

  private void send(String key, Subscription value) {
    try {
      producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing subscription " + key, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not write subscription " + key + " to " + topic + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
