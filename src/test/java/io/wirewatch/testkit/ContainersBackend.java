package io.wirewatch.testkit;

import java.time.Duration;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;

/**
 * apache/kafka plus confluentinc/cp-schema-registry in containers on one network.
 *
 * <p>Kafka is reached from the test JVM through the container's mapped port
 * ({@link #bootstrapServers()}), and from other containers on the network at
 * {@value #INTERNAL_BOOTSTRAP}: {@code KafkaContainer.withListener("kafka:19092")} adds a
 * listener advertised under that name and gives the container the network alias {@code kafka}.
 * The registry stores its schemas in Kafka through that internal listener.
 */
public final class ContainersBackend implements KafkaPlatformExtension.Backend {
  /** Kafka's address for containers on the backend's network. */
  public static final String INTERNAL_BOOTSTRAP = "kafka:19092";

  private final Network network;
  private final KafkaContainer kafka;
  private final GenericContainer<?> registry;

  private ContainersBackend(Network network, KafkaContainer kafka, GenericContainer<?> registry) {
    this.network = network;
    this.kafka = kafka;
    this.registry = registry;
  }

  public static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | Error e) {
      return false;
    }
  }

  /** Starts both containers; on failure stops whatever had started, network included. */
  @SuppressWarnings("resource")
  public static ContainersBackend start() {
    Network network = Network.newNetwork();
    KafkaContainer kafka = new KafkaContainer(Images.KAFKA)
        .withNetwork(network)
        .withListener(INTERNAL_BOOTSTRAP);
    GenericContainer<?> registry = new GenericContainer<>(Images.SCHEMA_REGISTRY)
        .withNetwork(network)
        .withNetworkAliases("schema-registry")
        .withExposedPorts(8081)
        .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
        .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
        .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://" + INTERNAL_BOOTSTRAP)
        // One broker: say so, rather than have the registry warn and fall back from its default of 3.
        .withEnv("SCHEMA_REGISTRY_KAFKASTORE_TOPIC_REPLICATION_FACTOR", "1")
        .dependsOn(kafka)
        .waitingFor(Wait.forHttp("/subjects").forPort(8081).forStatusCode(200)
            .withStartupTimeout(Duration.ofMinutes(2)));
    try {
      kafka.start();
      registry.start();
    } catch (RuntimeException e) {
      registry.stop();
      kafka.stop();
      network.close();
      throw e;
    }
    return new ContainersBackend(network, kafka, registry);
  }

  @Override
  public String bootstrapServers() {
    return kafka.getBootstrapServers();
  }

  @Override
  public String schemaRegistryUrl() {
    return "http://" + registry.getHost() + ":" + registry.getMappedPort(8081);
  }

  @Override
  public int brokers() {
    return 1;
  }

  @Override
  public void close() {
    try {
      registry.stop();
      kafka.stop();
    } finally {
      network.close();
    }
  }
}
