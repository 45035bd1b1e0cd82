package io.wirewatch.alert;

import io.wirewatch.alert.delivery.DeliveryService;
import io.wirewatch.avro.Alert;
import io.wirewatch.client.ClientConfig;
import io.wirewatch.topics.DeadLetterHeaders;
import io.wirewatch.topics.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link DeliveryLedger} filled from {@code news.alerts} and {@code news.alerts.dlq}: one
 * consumer thread with no group (every web server sees everything, nothing is committed),
 * {@code read_committed}, from the start of both topics (their retention bounds the read). Records
 * that cannot be read are skipped.
 *
 * <pre>{@code
 * try (AlertActivity activity = AlertActivity.start(client, alertDeserializer)) {
 *   activity.ledger().summary(subscription, Instant.now());
 * }
 * }</pre>
 */
public final class AlertActivity implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AlertActivity.class);
  // header of news.alerts.dlq records with the reason, written by the delivery service
  private static final String DLQ_REASON = DeadLetterHeaders.ERROR_MESSAGE;

  private final DeliveryLedger ledger = new DeliveryLedger();
  private final KafkaConsumer<String, byte[]> consumer;
  private final Deserializer<Alert> alerts;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean caughtUp;

  private AlertActivity(Map<String, ?> client, Deserializer<Alert> alerts) {
    Properties p = ClientConfig.of(client).reader("wirewatch-alert-activity", ClientConfig.Reading.DEFAULT);
    this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    this.alerts = alerts;
    this.thread = new Thread(this::run, "wirewatch-alert-activity");
    this.thread.setDaemon(true);
  }

  /** Starts reading on a thread of its own. */
  public static AlertActivity start(Map<String, ?> client, Deserializer<Alert> alerts) {
    AlertActivity a = new AlertActivity(client, alerts);
    a.thread.start();
    return a;
  }

  public DeliveryLedger ledger() {
    return ledger;
  }

  /** True once both topics were read up to where they stood at start. */
  public boolean caughtUp() {
    return caughtUp;
  }

  private void run() {
    try {
      List<TopicPartition> parts = new ArrayList<>();
      for (String topic : List.of(TopicNames.ALERTS, TopicNames.ALERTS_DLQ)) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        if (infos != null) {
          infos.forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
        }
      }
      if (parts.isEmpty()) {
        log.warn("{} and {} do not exist: the subscription list shows no last alert or delivery failure;"
            + " create the topics with `wirewatch topics apply`", TopicNames.ALERTS, TopicNames.ALERTS_DLQ);
        return;
      }
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<TopicPartition, Long> end = consumer.endOffsets(parts, Duration.ofSeconds(30));
      while (running) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          apply(r);
        }
        if (!caughtUp && parts.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp))) {
          caughtUp = true;
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      log.warn("reading alert activity stopped: {}", e.toString());
    } finally {
      try {
        consumer.close(Duration.ofSeconds(2));
      } catch (RuntimeException e) {
        log.debug("while closing: {}", e.toString());
      }
    }
  }

  private void apply(ConsumerRecord<String, byte[]> r) {
    if (r.value() == null) {
      return;
    }
    Alert a;
    try {
      a = alerts.deserialize(r.topic(), r.value());
    } catch (RuntimeException e) {
      log.debug("skipping unreadable record {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.toString());
      return;
    }
    if (a == null) {
      return;
    }
    if (r.topic().equals(TopicNames.ALERTS)) {
      ledger.alert(a);
    } else {
      Header h = r.headers().lastHeader(DLQ_REASON);
      ledger.deadLettered(a, Instant.ofEpochMilli(r.timestamp()),
          h == null ? "dead-lettered" : new String(h.value(), StandardCharsets.UTF_8));
    }
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
