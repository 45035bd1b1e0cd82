package io.wirewatch.roles;

import io.wirewatch.UserException;
import io.wirewatch.client.ClientConfig;
import io.wirewatch.streams.alerting.AlertingApp;
import io.wirewatch.streams.alerting.AlertingConfig;
import io.wirewatch.streams.alerting.AlertingSerdes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerting role: the exactly-once Streams application that reads news.articles.enriched and
 * news.subscriptions and writes news.stories, news.surges and news.alerts. Instances with the same
 * application id share the partitions; a killed instance's tasks move to the others.
 *
 * <pre>{@code
 * try (AlertingRole role = AlertingRole.start(AlertingRole.Config.defaults(client, stateDir))) {
 *   role.awaitRunning(Duration.ofMinutes(2));
 * }
 * }</pre>
 */
public final class AlertingRole implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AlertingRole.class);

  /**
   * @param client connection settings (a registry URL is required)
   * @param stateDir the Streams state directory (RocksDB stores of stories, surges, sent alerts)
   * @param applicationId Streams application id: its consumer group and internal-topic prefix
   * @param alerting clustering, surge and alert settings
   */
  public record Config(ClientConfig client, Path stateDir, String applicationId, AlertingConfig alerting) {
    public static Config defaults(ClientConfig client, Path stateDir) {
      return new Config(client, stateDir, AlertingApp.DEFAULT_APPLICATION_ID, AlertingConfig.defaults());
    }

    public Config withApplicationId(String id) {
      return new Config(client, stateDir, id, alerting);
    }

    /** Every problem at once, each naming the option that fixes it. */
    public Config validated() {
      List<String> problems = new ArrayList<>(alerting.problems());
      if (applicationId == null || applicationId.isBlank()) {
        problems.add("--application-id must not be empty (default: " + AlertingApp.DEFAULT_APPLICATION_ID + ")");
      }
      if (stateDir == null) {
        problems.add("--state-dir is required");
      }
      if (client.registryUrl() == null || client.registryUrl().isBlank()) {
        problems.add("no schema registry URL: pass --schema-registry-url (or set " + ClientConfig.REGISTRY_ENV + ")");
      }
      if (!problems.isEmpty()) {
        throw new UserException("invalid alerting configuration:\n  - " + String.join("\n  - ", problems));
      }
      return this;
    }
  }

  private final AlertingApp app;

  private AlertingRole(AlertingApp app) {
    this.app = app;
  }

  /** Validates {@code c} and starts the application (returns at once; see {@link #awaitRunning}). */
  public static AlertingRole start(Config c) {
    c.validated();
    Map<String, Object> registry = c.client().registry();
    AlertingApp app = AlertingApp.start(registry, c.alerting(), AlertingSerdes.registry(registry),
        c.stateDir().toAbsolutePath(), c.applicationId());
    log.info("alerting started as {} on {}", c.applicationId(), c.client().bootstrapServers());
    return new AlertingRole(app);
  }

  public KafkaStreams.State state() {
    return app.state();
  }

  /** Waits until RUNNING. */
  public void awaitRunning(Duration timeout) throws InterruptedException {
    if (!app.awaitRunning(timeout)) {
      throw new IllegalStateException("the alerting application did not reach RUNNING within " + timeout
          + " (state " + app.state() + "): is Kafka reachable and are the topics created (`wirewatch topics apply`)?");
    }
  }

  @Override
  public void close() {
    app.close();
  }
}
