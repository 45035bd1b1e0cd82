package io.wirewatch.streams.alerting;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import io.wirewatch.client.ClientConfig;
import java.util.LinkedHashMap;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stories, surges and alerts Streams application, for {@code wirewatch enrich}/{@code dev} to run
 * in-process: exactly_once_v2, application id {@code wirewatch-alerting} by default.
 *
 * <pre>{@code
 * try (AlertingApp app = AlertingApp.start(clientConfig, AlertingConfig.defaults(), serdes, stateDir)) {
 *   app.awaitRunning(Duration.ofSeconds(60));
 *   ...
 * }
 * }</pre>
 */
public final class AlertingApp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AlertingApp.class);
  public static final String DEFAULT_APPLICATION_ID = "wirewatch-alerting";

  private final KafkaStreams streams;

  private AlertingApp(KafkaStreams streams) {
    this.streams = streams;
  }

  /** Streams settings: the client settings, then the application's own (which win). */
  public static Properties properties(Map<String, ?> client, String applicationId, Path stateDir) {
    Map<String, Object> app = new LinkedHashMap<>();
    // An alert becomes visible only when the transaction that made it commits, and it passes two
    // commits in this application (the article's hop to the story task, then the story task): commit
    // every 50 ms. The work per record is small, so the extra commits cost little.
    app.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);
    app.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
    // The story task reads two inputs: articles and the rare surge alerts. Waiting for both to have
    // data (to process them in timestamp order) would hold articles back; their order does not matter.
    app.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, -1L);
    return ClientConfig.of(client).streams(applicationId, stateDir, app);
  }

  /** Builds the topology and starts it with {@link #properties}. */
  public static AlertingApp start(Map<String, ?> client, AlertingConfig config, AlertingSerdes serdes, Path stateDir) {
    return start(client, config, serdes, stateDir, DEFAULT_APPLICATION_ID);
  }

  public static AlertingApp start(Map<String, ?> client, AlertingConfig config, AlertingSerdes serdes, Path stateDir,
      String applicationId) {
    Topology topology = AlertingTopology.build(config, serdes);
    KafkaStreams streams = new KafkaStreams(topology, properties(client, applicationId, stateDir));
    streams.setUncaughtExceptionHandler(e -> {
      log.error("alerting stream thread failed; replacing it", e);
      return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.start();
    return new AlertingApp(streams);
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /** Waits until the application is RUNNING; false on timeout. */
  public boolean awaitRunning(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (streams.state() != KafkaStreams.State.RUNNING) {
      if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
        return false;
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
    return true;
  }

  @Override
  public void close() {
    // Leave the group: without it the group waits out the member's session (45 s) before a
    // restarted or remaining instance gets its partitions back.
    streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ofSeconds(30)));
  }
}
