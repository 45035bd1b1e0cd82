package io.wirewatch.app;

import io.wirewatch.platform.EmbeddedKafka;
import io.wirewatch.topics.TopicCatalog;
import io.wirewatch.topics.TopicProvisioner;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything of {@code wirewatch dev} in one JVM: the embedded broker, the topics, and every role.
 * Started in order, stopped in reverse order.
 */
public final class DevPlatform implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DevPlatform.class);

  /** What {@code dev} was asked to run. */
  public record Settings(Path dataDir, int kafkaPort, int registryPort, int httpPort, Path topicsFile,
      boolean demo) {}

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private EmbeddedKafka kafka;

  private DevPlatform() {}

  /** Starts everything; {@code out} receives the lines a user should see. */
  public static DevPlatform start(Settings s, Consumer<String> out) {
    long t0 = System.nanoTime();
    DevPlatform p = new DevPlatform();
    try {
      p.kafka = EmbeddedKafka.start(EmbeddedKafka.Config.builder()
          .dataDir(s.dataDir()).kafkaPort(s.kafkaPort()).build());
      p.started.push(p.kafka);
      out.accept("Kafka broker up on " + p.kafka.bootstrapServers() + " (data in "
          + s.dataDir().toAbsolutePath() + ")");

      TopicCatalog catalog = TopicCatalog.load(s.topicsFile());
      TopicCatalog single = catalog.withSingleNodeOverrides();
      try (Admin admin = Admin.create(adminProps(p.kafka.bootstrapServers()))) {
        TopicProvisioner prov = new TopicProvisioner(admin);
        TopicProvisioner.Plan plan = prov.plan(single);
        prov.apply(plan);
        out.accept("Topics: " + plan.summary() + " Single-node overrides applied to "
            + catalog.topics().size() + " topics (replication 3 → 1, min.insync.replicas 2 → 1).");
      }

      long ms = (System.nanoTime() - t0) / 1_000_000;
      out.accept("Wirewatch is ready in " + ms + " ms · Kafka localhost:" + p.kafka.port()
          + " · Press Ctrl-C to stop.");
      return p;
    } catch (RuntimeException e) {
      p.close();
      throw e;
    }
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  private static Properties adminProps(String bootstrap) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return props;
  }

  @Override
  public synchronized void close() {
    while (!started.isEmpty()) {
      AutoCloseable c = started.pop();
      try {
        c.close();
      } catch (Exception e) {
        log.warn("error while stopping {}: {}", c.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
