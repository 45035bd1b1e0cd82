package io.wirewatch.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.client.ClientConfig;
import io.wirewatch.enrich.RuleSet;
import io.wirewatch.topics.TopicNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event topics of the rule set the enrich role runs, shared through the compacted topic
 * {@code news.rules.topics} (one partition, one key): the enrich role writes its rule set's topic
 * ids when it starts and whenever it reloads its rules; the roles that validate subscriptions read
 * the latest. Until anything has been written there, readers use the bundled rules' topics.
 *
 * <p>Value: {@code {"version": "...", "origin": "...", "topics": ["sanctions-blocked", ...]}}.
 */
public final class RuleTopicsLog {
  /** The one key of {@code news.rules.topics}: the topics of the rules enrichment runs now. */
  public static final String KEY = "event-topics";
  private static final Logger log = LoggerFactory.getLogger(RuleTopicsLog.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private RuleTopicsLog() {}

  /** The bundled rules' topic ids, what readers use until the enrich role has published. */
  public static List<String> bundled() {
    return ids(RuleSet.defaults());
  }

  public static List<String> ids(RuleSet rules) {
    return rules.topics().stream().map(RuleSet.Topic::id).toList();
  }

  /**
   * Writes {@code rules}' topic ids and waits for the acknowledgement. A failure (say the topic was
   * never created) is logged with the fix and returns false: enrichment goes on, and subscriptions
   * are validated against the bundled topics meanwhile.
   */
  public static boolean publish(ClientConfig client, RuleSet rules) {
    ObjectNode value = JSON.createObjectNode().put("version", rules.version()).put("origin", rules.origin());
    ids(rules).forEach(value.putArray("topics")::add);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(
        client.producer("wirewatch-rule-topics", ClientConfig.Batching.INTERACTIVE),
        new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(TopicNames.RULE_TOPICS, KEY, value.toString())).get(30, TimeUnit.SECONDS);
      log.info("published the event topics of rules {} to {}", rules.version(), TopicNames.RULE_TOPICS);
      return true;
    } catch (Exception e) {
      log.warn("could not publish the rules' event topics to {} ({}): subscriptions are checked against the bundled"
          + " topics until it works; create the topic with `wirewatch topics apply`", TopicNames.RULE_TOPICS,
          e.toString());
      return false;
    }
  }

  /**
   * The topic ids published last, read once to the end of the topic (for a command that validates
   * one subscription), or the bundled rules' when nothing is published or the topic is missing.
   */
  public static List<String> current(ClientConfig client) {
    List<String> latest = null;
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(
        client.reader("wirewatch-rule-topics", ClientConfig.Reading.DEFAULT),
        new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> tps = partitions(c);
      if (tps.isEmpty()) {
        return bundled();
      }
      c.assign(tps);
      c.seekToBeginning(tps);
      var end = c.endOffsets(tps, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (tps.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
          List<String> ids = KEY.equals(r.key()) ? parse(r.value()) : null;
          latest = ids == null ? latest : ids;
        }
      }
    }
    return latest == null ? bundled() : latest;
  }

  /** The partitions of news.rules.topics, none when it does not exist (yet). */
  private static List<TopicPartition> partitions(KafkaConsumer<String, String> c) {
    List<PartitionInfo> parts;
    try {
      parts = c.partitionsFor(TopicNames.RULE_TOPICS, Duration.ofSeconds(10));
    } catch (TimeoutException e) {
      return List.of();
    }
    return parts == null ? List.of() : parts.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
  }

  /** The topic ids in a record value, or null when the value is not one this class wrote. */
  static List<String> parse(String value) {
    if (value == null) {
      return null;
    }
    try {
      JsonNode topics = JSON.readTree(value).path("topics");
      if (!topics.isArray()) {
        return null;
      }
      List<String> ids = new ArrayList<>();
      topics.forEach(t -> ids.add(t.asText()));
      return List.copyOf(ids);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /**
   * Follows {@code news.rules.topics} on a daemon thread; {@link #get()} is the latest published
   * list, or the bundled one until there is any.
   */
  public static final class Reader implements Supplier<List<String>>, AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;
    private volatile List<String> latest;
    private volatile boolean running = true;

    public Reader(ClientConfig client) {
      this.consumer = new KafkaConsumer<>(client.reader("wirewatch-rule-topics", ClientConfig.Reading.DEFAULT),
          new StringDeserializer(), new StringDeserializer());
      this.thread = new Thread(this::run, "wirewatch-rule-topics");
      thread.setDaemon(true);
      thread.start();
    }

    /** The published topic ids, or the bundled rules' until the enrich role has published. */
    @Override
    public List<String> get() {
      List<String> l = latest;
      return l == null ? bundled() : l;
    }

    /** True once a published list has been read. */
    public boolean published() {
      return latest != null;
    }

    private void run() {
      try {
        while (running && !assign()) {
          Thread.sleep(2_000);
        }
        while (running) {
          for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(1))) {
            List<String> ids = KEY.equals(r.key()) ? parse(r.value()) : null;
            if (ids != null) {
              latest = ids;
            }
          }
        }
      } catch (WakeupException | InterruptedException e) {
        // closing
      } catch (RuntimeException e) {
        log.warn("stopped following {}: {}; subscriptions are checked against the last topics read",
            TopicNames.RULE_TOPICS, e.toString());
      } finally {
        consumer.close();
      }
    }

    private boolean assign() {
      List<TopicPartition> tps = partitions(consumer);
      if (tps.isEmpty()) {
        return false;
      }
      consumer.assign(tps);
      consumer.seekToBeginning(tps);
      return true;
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      consumer.wakeup();
      thread.join(10_000);
    }
  }
}
