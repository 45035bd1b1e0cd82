package io.wirewatch.alert.delivery;

import io.wirewatch.client.ClientConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.alert.SubscriptionState;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Subscription;
import io.wirewatch.topics.DeadLetterHeaders;
import io.wirewatch.topics.TopicNames;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers {@code news.alerts} to the subscriptions of one channel, at least once.
 *
 * <p>One consumer group per channel; alerts of subscriptions on other channels are skipped. Alerts are
 * handled one at a time, in partition order; each is delivered (with retries) or dead-lettered to
 * {@code news.alerts.dlq} before its offset can be committed (offsets of handled alerts are committed
 * at least every 100 ms and at the end of each fetched batch). A crash at any point loses nothing:
 * the next consumer of the group starts again at the first alert not yet committed, so the receiver
 * may see the alerts of the last 100 ms again, with the same {@code Idempotency-Key}.
 *
 * <p>Alerts of a paused or snoozed subscription, and alerts made while it was (see
 * {@link SubscriptionState}), are not delivered: they are skipped, reported to
 * {@link DeliveryListener#skipped} and committed, never queued for later. A change to a subscription
 * that the broker acknowledged before an alert was fetched applies to that alert.
 *
 * <pre>{@code
 * DeliveryService s = DeliveryService.start(clientConfig, DeliveryConfig.defaults(ChannelType.WEBHOOK),
 *     alertSerde, subscriptionSerde, DeliveryListener.NONE);
 * ...
 * s.close();
 * }</pre>
 */
public final class DeliveryService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DeliveryService.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Longest time between handling an alert and committing its offset while a batch is being worked through. */
  static final Duration COMMIT_EVERY = Duration.ofMillis(100);

  private final DeliveryConfig config;
  private final Serde<Alert> alerts;
  private final DeliveryListener listener;
  private final Deliverer deliverer;
  private final KafkaConsumer<String, byte[]> consumer;
  private final KafkaProducer<String, byte[]> dlq;
  private final SubscriptionCache subscriptions;
  private final long maxPollIntervalMs;
  private final Thread thread;
  private final CountDownLatch ready = new CountDownLatch(1);
  private volatile boolean running = true;
  private volatile Throwable failure;

  private DeliveryService(Map<String, ?> client, DeliveryConfig config, Serde<Alert> alerts,
      Serde<Subscription> subscriptionSerde, DeliveryListener listener) {
    this.config = config;
    this.alerts = alerts;
    this.listener = listener;
    this.deliverer = new Deliverer(config.newChannel(), config.retry());
    this.maxPollIntervalMs = Math.max(300_000, 2 * config.retry().giveUpAfter().toMillis() + 60_000);
    ClientConfig settings = ClientConfig.of(client);
    this.consumer = new KafkaConsumer<>(settings.groupConsumer(config.groupId(), 50, Duration.ofMillis(maxPollIntervalMs)),
        new StringDeserializer(), new ByteArrayDeserializer());
    this.dlq = new KafkaProducer<>(settings.producer(config.groupId() + "-dlq", ClientConfig.Batching.DEFAULT),
        new StringSerializer(), new ByteArraySerializer());
    this.subscriptions = new SubscriptionCache(client, subscriptionSerde);
    this.thread = new Thread(this::run, "wirewatch-alert-" + config.channel().name().toLowerCase());
  }

  /** Starts delivering on a thread of its own; returns once the subscriptions are loaded. */
  public static DeliveryService start(Map<String, ?> client, DeliveryConfig config, Serde<Alert> alerts,
      Serde<Subscription> subscriptions, DeliveryListener listener) {
    DeliveryService s = new DeliveryService(client, config, alerts, subscriptions, listener);
    s.thread.start();
    try {
      s.ready.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return s;
  }

  /** True while the delivery thread runs. */
  public boolean isRunning() {
    return thread.isAlive();
  }

  /** What stopped the service, if it stopped by failing. */
  public Throwable failure() {
    return failure;
  }

  private void run() {
    try {
      subscriptions.catchUp();
      consumer.subscribe(List.of(TopicNames.ALERTS));
      ready.countDown();
      while (running) {
        subscriptions.refresh();
        ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(200));
        if (!batch.isEmpty()) {
          // every subscription change acknowledged before these alerts were fetched (a pause) applies to them
          subscriptions.catchUp();
        }
        long polled = System.nanoTime();
        long lastCommit = polled;
        Map<TopicPartition, Long> next = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        outer:
        for (TopicPartition tp : batch.partitions()) {
          for (ConsumerRecord<String, byte[]> r : batch.records(tp)) {
            if (!running) {
              break outer;
            }
            handle(r);
            // only offsets of handled alerts are ever committed; committing a few together (at most
            // every COMMIT_EVERY) saves a round trip per alert, at the price of a few more repeats after a crash
            done.put(tp, new OffsetAndMetadata(r.offset() + 1));
            next.put(tp, r.offset() + 1);
            if (System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos()) {
              consumer.commitSync(done);
              done.clear();
              lastCommit = System.nanoTime();
            }
            if ((System.nanoTime() - polled) / 1_000_000 > maxPollIntervalMs / 2) {
              break outer; // poll again before the group thinks this consumer is dead
            }
          }
        }
        if (!done.isEmpty()) {
          consumer.commitSync(done);
        }
        // rewind what was fetched but not handled, so the next poll returns it again
        for (TopicPartition tp : batch.partitions()) {
          long first = batch.records(tp).get(0).offset();
          consumer.seek(tp, next.getOrDefault(tp, first));
        }
      }
    } catch (WakeupException | InterruptException e) {
      if (running) {
        failure = e;
      }
    } catch (InterruptedException e) {
      if (running) {
        failure = e;
      }
    } catch (RuntimeException | Error e) {
      failure = e;
      log.error("alert delivery ({}) stopped: {}", config.channel(), e.toString());
    } finally {
      ready.countDown();
      closeQuietly(() -> consumer.close(Duration.ofSeconds(5)));
      closeQuietly(() -> dlq.close(Duration.ofSeconds(5)));
      closeQuietly(subscriptions::close);
    }
  }

  private void handle(ConsumerRecord<String, byte[]> r) throws InterruptedException {
    Alert alert;
    try {
      alert = alerts.deserializer().deserialize(r.topic(), r.value());
    } catch (RuntimeException e) {
      deadLetter(r, null, "cannot read the alert at " + r.topic() + "-" + r.partition() + "@" + r.offset() + ": " + e, null);
      return;
    }
    if (alert == null) {
      return;
    }
    Subscription s = subscriptions.get(alert.getSubscriptionId());
    if (s == null) {
      listener.skipped(alert, "subscription " + alert.getSubscriptionId() + " no longer exists");
      return;
    }
    if (s.getChannel().getType() != config.channel()) {
      listener.skipped(alert, "channel " + s.getChannel().getType() + " is served by another group");
      return;
    }
    Optional<String> hold = SubscriptionState.holdReason(s, alert.getAlerted(), config.clock().instant());
    if (hold.isPresent()) {
      // dropped, not queued: a resumed subscription starts with new alerts, without a burst of old ones
      log.debug("alert {} not delivered: {}", alert.getId(), hold.get());
      listener.skipped(alert, hold.get());
      return;
    }
    Deliverer.Report report = deliverer.deliver(alert, s);
    if (report.delivered()) {
      listener.delivered(alert, report);
    } else {
      log.warn("alert {} for subscription {} dead-lettered: {}", alert.getId(), s.getId(), report.last().reason());
      deadLetter(r, alert, report.last().reason(), report);
      listener.deadLettered(alert, report);
    }
  }

  private void deadLetter(ConsumerRecord<String, byte[]> r, Alert alert, String reason, Deliverer.Report report) {
    ProducerRecord<String, byte[]> out = new ProducerRecord<>(TopicNames.ALERTS_DLQ, r.key(), r.value());
    Headers h = out.headers();
    DeadLetterHeaders.put(h, DeadLetterHeaders.ERROR_MESSAGE, reason);
    DeadLetterHeaders.put(h, DeadLetterHeaders.ERROR_STAGE, "deliver");
    DeadLetterHeaders.putSource(h, r.topic(), r.partition(), r.offset(), r.timestamp());
    DeadLetterHeaders.put(h, DeadLetterHeaders.DELIVERY_CHANNEL, config.channel().name());
    if (report != null) {
      DeadLetterHeaders.put(h, DeadLetterHeaders.DELIVERY_ATTEMPTS, Integer.toString(report.attempts()));
      DeadLetterHeaders.put(h, DeadLetterHeaders.DELIVERY_FIRST_ATTEMPT, report.firstAttempt().toString());
      DeadLetterHeaders.put(h, DeadLetterHeaders.DELIVERY_STATUS, Integer.toString(report.last().status()));
      try {
        DeadLetterHeaders.put(h, DeadLetterHeaders.DELIVERY_RESPONSE_HEADERS,
            JSON.writeValueAsString(report.last().responseHeaders()));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      if (report.last().responseBody() != null) {
        DeadLetterHeaders.put(h, DeadLetterHeaders.DELIVERY_RESPONSE_BODY, report.last().responseBody());
      }
    }
    try {
      dlq.send(out).get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      // not committed: the alert is handled again after a restart
      throw new IllegalStateException("could not write alert " + (alert == null ? r.offset() : alert.getId())
          + " to " + TopicNames.ALERTS_DLQ + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Runnable close) {
    Thread.interrupted(); // a stop request must not keep the consumer from leaving its group
    try {
      close.run();
    } catch (RuntimeException e) {
      log.debug("while closing: {}", e.toString());
    }
  }

  /** Stops after the alert in hand (which, if not yet committed, is delivered again next time). */
  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(2000);
      if (thread.isAlive()) {
        thread.interrupt(); // waiting between retries or on a slow receiver
      }
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
