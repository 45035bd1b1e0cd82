package io.wirewatch.streams;

import io.wirewatch.client.ClientConfig;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrichment Kafka Streams application: configuration and lifecycle around
 * {@link EnrichmentTopology}. Exactly-once (v2); unreadable or failing records go to the
 * dead-letter topic; a stream thread that dies is replaced.
 */
public final class EnrichmentApp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EnrichmentApp.class);
  /** Application id of the live enrichment (its consumer group and internal-topic prefix). */
  public static final String DEFAULT_APPLICATION_ID = "wirewatch-enrich";

  private final KafkaStreams streams;

  /** Where and how to run. {@code client} holds bootstrap.servers and any TLS/SASL settings. */
  public record Settings(Properties client, String applicationId, Path stateDir,
      EnrichmentTopology.Topics topics, int threads, String dlqTopic) {
    public static Settings defaults(Properties client, Path stateDir) {
      return new Settings(client, DEFAULT_APPLICATION_ID, stateDir, EnrichmentTopology.Topics.defaults(), 1,
          io.wirewatch.topics.TopicNames.DLQ);
    }

    public Settings withApplicationId(String id) {
      return new Settings(client, id, stateDir, topics, threads, dlqTopic);
    }

    public Settings withTopics(EnrichmentTopology.Topics t) {
      return new Settings(client, applicationId, stateDir, t, threads, dlqTopic);
    }

    public Settings withThreads(int n) {
      return new Settings(client, applicationId, stateDir, topics, n, dlqTopic);
    }
  }

  private EnrichmentApp(KafkaStreams streams) {
    this.streams = streams;
  }

  /** The Streams configuration for {@code s}; schema-registry keys are passed through to the serdes. */
  public static Properties streamsConfig(Settings s) {
    // Enriched articles are 5-10 KB: the default 16 KB batch holds one or two of them.
    Map<String, Object> app = new LinkedHashMap<>(ClientConfig.streamsBulkProducer());
    app.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(s.threads()));
    app.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
    app.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
    app.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
    app.put(DeadLetters.DLQ_TOPIC_CONFIG, s.dlqTopic());
    return ClientConfig.of(s.client()).streams(s.applicationId(), s.stateDir(), app);
  }

  /** Starts the application (returns at once; see {@link #awaitRunning}). */
  public static EnrichmentApp start(Settings s, Function<Article, EnrichedArticle> enrich,
      Serde<Article> articleSerde, Serde<EnrichedArticle> enrichedSerde, Collection<String> eventTopics) {
    KafkaStreams streams = new KafkaStreams(
        EnrichmentTopology.build(s.topics(), enrich, articleSerde, enrichedSerde, eventTopics), streamsConfig(s));
    streams.setUncaughtExceptionHandler(e -> {
      log.error("enrichment stream thread died; replacing it", e);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.setStateListener((now, before) -> log.debug("enrichment {} → {}", before, now));
    streams.start();
    return new EnrichmentApp(streams);
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  public KafkaStreams streams() {
    return streams;
  }

  /** Waits until RUNNING; throws if the application fails or the timeout passes. */
  public void awaitRunning(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (streams.state() != KafkaStreams.State.RUNNING) {
      if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
        throw new IllegalStateException("the enrichment application stopped: " + streams.state());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the enrichment application did not reach RUNNING within " + timeout
            + " (state " + streams.state() + "): is Kafka reachable and are the topics created?");
      }
      Thread.sleep(20);
    }
  }

  @Override
  public void close() {
    // Leave the group: without it the group waits out the member's session (45 s) before a
    // restarted or remaining instance gets its partitions back.
    streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ofSeconds(30)));
  }
}
