package io.wirewatch.testkit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;

/** apache/kafka plus confluentinc/cp-schema-registry in containers on one network. */
final class ContainersBackend implements KafkaPlatformExtension.Backend {
  private final Network network;
  private final KafkaContainer kafka;
  private final GenericContainer<?> registry;

  private ContainersBackend(Network network, KafkaContainer kafka, GenericContainer<?> registry) {
    this.network = network;
    this.kafka = kafka;
    this.registry = registry;
  }

  static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | Error e) {
      return false;
    }
  }

  @SuppressWarnings("resource")
  static ContainersBackend start() {
    Network network = Network.newNetwork();
    KafkaContainer kafka = new KafkaContainer(Images.KAFKA)
        .withNetwork(network)
        .withListener("kafka:19092");
    kafka.start();
    GenericContainer<?> registry = new GenericContainer<>(Images.SCHEMA_REGISTRY)
        .withNetwork(network)
        .withExposedPorts(8081)
        .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
        .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
        .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
        .waitingFor(Wait.forHttp("/subjects").forStatusCode(200));
    registry.start();
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
    registry.stop();
    kafka.stop();
    network.close();
  }
}
