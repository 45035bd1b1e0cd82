package io.wirewatch.testkit;

import io.wirewatch.platform.EmbeddedKafka;
import io.wirewatch.platform.registry.EmbeddedSchemaRegistry;
import io.wirewatch.topics.TopicCatalog;
import io.wirewatch.topics.TopicProvisioner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives an integration test class a real Kafka cluster and schema registry.
 *
 * <p>Backend by system property {@code kafka.backend}: {@code embedded} (default) starts the
 * in-process KRaft broker of {@code platform/} on free ports and a fresh data directory;
 * {@code testcontainers} runs {@code apache/kafka} and {@code confluentinc/cp-schema-registry}
 * containers (the class is skipped when Docker is absent); {@code auto} picks containers when
 * Docker is available, the embedded broker otherwise. Tests are written once and run on both.
 *
 * <pre>{@code
 * @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
 * ... kafka.bootstrapServers(), kafka.schemaRegistryUrl(), kafka.createTopic("t", 3)
 * }</pre>
 */
public final class KafkaPlatformExtension implements BeforeAllCallback, AfterAllCallback {
  static {
    KafkaExitGuard.install();
  }

  private Backend backend;
  private Path dataDir;

  /** A running cluster: addresses, and how to stop it. */
  interface Backend extends AutoCloseable {
    String bootstrapServers();

    String schemaRegistryUrl();

    int brokers();

    @Override
    void close();
  }

  /** Which backend this run uses: embedded, testcontainers or auto. */
  public static String backendName() {
    return System.getProperty("kafka.backend", "embedded").trim().toLowerCase();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    String which = backendName();
    boolean docker = "embedded".equals(which) ? false : ContainersBackend.dockerAvailable();
    if ("testcontainers".equals(which)) {
      Assumptions.assumeTrue(docker, "kafka.backend=testcontainers but Docker is not available: skipped");
      backend = ContainersBackend.start();
    } else if ("auto".equals(which) && docker) {
      backend = ContainersBackend.start();
    } else {
      dataDir = Files.createTempDirectory("wirewatch-it-");
      backend = EmbeddedBackend.start(dataDir);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (backend != null) {
      backend.close();
      backend = null;
    }
    if (dataDir != null) {
      deleteRecursively(dataDir);
      dataDir = null;
    }
  }

  public String bootstrapServers() {
    return backend.bootstrapServers();
  }

  public String schemaRegistryUrl() {
    return backend.schemaRegistryUrl();
  }

  /** bootstrap.servers and schema.registry.url, ready for any client or serde. */
  public Properties clientProperties() {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrapServers());
    String registry = schemaRegistryUrl();
    if (registry != null) {
      p.put("schema.registry.url", registry);
    }
    return p;
  }

  public Map<String, Object> clientConfig() {
    Properties p = clientProperties();
    return Map.copyOf(p.entrySet().stream().collect(
        java.util.stream.Collectors.toMap(e -> (String) e.getKey(), Map.Entry::getValue)));
  }

  public Admin admin() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    return Admin.create(p);
  }

  /** Creates a topic with replication 1 (or the cluster's size, up to 3). */
  public void createTopic(String name, int partitions) {
    createTopic(name, partitions, Map.of());
  }

  public void createTopic(String name, int partitions, Map<String, String> configs) {
    short rf = (short) Math.min(3, backend.brokers());
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(name, partitions, rf).configs(configs)))
          .all().get(30, TimeUnit.SECONDS);
      awaitLeaders(admin, name, partitions);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create topic " + name, e);
    }
  }

  /**
   * Waits until every partition of a new topic has a leader that clients can see: the controller
   * answers a creation before the brokers' metadata holds the topic, and a client that asks in
   * between is told it does not exist.
   */
  private static void awaitLeaders(Admin admin, String name, int partitions) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        var d = admin.describeTopics(List.of(name)).allTopicNames().get(10, TimeUnit.SECONDS).get(name);
        if (d.partitions().size() == partitions && d.partitions().stream().allMatch(p -> p.leader() != null)) {
          return;
        }
      } catch (java.util.concurrent.ExecutionException e) {
        if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)) {
          throw e;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("topic " + name + " has no leader for every partition after 30 s");
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  /** Creates every topic of the bundled topics.yaml (single-node overrides on one broker). */
  public void createWirewatchTopics() {
    TopicCatalog catalog = TopicCatalog.loadBundled();
    if (backend.brokers() < 3) {
      catalog = catalog.withSingleNodeOverrides();
    }
    try (Admin admin = admin()) {
      TopicProvisioner p = new TopicProvisioner(admin);
      p.apply(p.plan(catalog));
    }
  }

  /** The embedded broker's data directory (null on the containers backend). */
  public Path dataDir() {
    return dataDir;
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The in-process KRaft broker and the embedded schema registry on it. */
  static final class EmbeddedBackend implements Backend {
    private final EmbeddedKafka kafka;
    private final EmbeddedSchemaRegistry registry;

    private EmbeddedBackend(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry) {
      this.kafka = kafka;
      this.registry = registry;
    }

    static EmbeddedBackend start(Path dataDir) {
      EmbeddedKafka kafka = EmbeddedKafka.start(
          EmbeddedKafka.Config.builder().dataDir(dataDir).kafkaPort(0).build());
      try {
        return new EmbeddedBackend(kafka, EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0));
      } catch (RuntimeException e) {
        kafka.close();
        throw e;
      }
    }

    @Override
    public String bootstrapServers() {
      return kafka.bootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
      return registry.url();
    }

    @Override
    public int brokers() {
      return 1;
    }

    @Override
    public void close() {
      registry.close();
      kafka.close();
    }
  }
}
