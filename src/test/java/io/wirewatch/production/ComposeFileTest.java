package io.wirewatch.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wirewatch.testkit.Images;
import io.wirewatch.topics.TopicCatalog;
import io.wirewatch.topics.TopicSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml and .env agree with the rest of the project: the images the tests pin, the
 * topic catalogue's replication and partitions. (Compose syntax itself is checked by
 * .ci/compose-check.sh with docker-compose.)
 */
class ComposeFileTest {
  private static final Path COMPOSE = Path.of("docker-compose.yml");
  private static final Path ENV = Path.of(".env");

  private static Map<String, String> env() throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    for (String line : Files.readAllLines(ENV)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int eq = l.indexOf('=');
      env.put(l.substring(0, eq), l.substring(eq + 1));
    }
    return env;
  }

  private static JsonNode services() throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile()).path("services");
  }

  @Test
  void composeRunsTheImageTagsTheContainerTestsPin() throws IOException {
    Map<String, String> env = env();
    assertThat(env.get("KAFKA_IMAGE")).isEqualTo(Images.KAFKA);
    assertThat(env.get("SCHEMA_REGISTRY_IMAGE")).isEqualTo(Images.SCHEMA_REGISTRY);
    JsonNode services = services();
    for (String broker : new String[] {"kafka-1", "kafka-2", "kafka-3"}) {
      assertThat(services.path(broker).path("image").asText()).as(broker).isEqualTo("${KAFKA_IMAGE}");
    }
    assertThat(services.path("schema-registry").path("image").asText()).isEqualTo("${SCHEMA_REGISTRY_IMAGE}");
  }

  @Test
  void threeBrokersCarryTheCatalogueWithoutSingleNodeOverrides() throws IOException {
    JsonNode services = services();
    long brokers = java.util.stream.StreamSupport.stream(
            java.util.Spliterators.spliteratorUnknownSize(services.fieldNames(), 0), false)
        .filter(name -> name.startsWith("kafka-")).count();
    int maxReplication = TopicCatalog.load(Path.of("topics.yaml")).topics().stream()
        .mapToInt(TopicSpec::replicationFactor).max().orElseThrow();
    assertThat(brokers).as("brokers in compose").isGreaterThanOrEqualTo(maxReplication);
    assertThat(services.path("topics").path("command").toString()).doesNotContain("--single-node");
  }

  @Test
  void enrichReplicasDoNotExceedThePartitionsTheyShare() throws IOException {
    int replicas = Integer.parseInt(env().get("WIREWATCH_ENRICH_REPLICAS"));
    int partitions = TopicCatalog.load(Path.of("topics.yaml")).topic("news.articles.raw")
        .orElseThrow().partitions();
    assertThat(services().path("enrich").path("deploy").path("replicas").asText())
        .isEqualTo("${WIREWATCH_ENRICH_REPLICAS}");
    assertThat(replicas).isBetween(1, partitions);
  }
}
