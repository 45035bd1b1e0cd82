package io.wirewatch.roles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Deployment matches the code: every Kafka Streams application and consumer group in the code is
 * started by a role, and every role has a service in docker-compose.yml. Adding a Streams app that
 * only a test or {@code dev} starts, or a role that compose does not run, fails here.
 */
class RoleInventoryTest {
  private static final Path MAIN = Path.of("src/main/java/io/wirewatch");
  private static final Path ROLES = MAIN.resolve("roles");

  /** Each role class and the command words that start it (as in compose's {@code command:}). */
  private static final Map<String, List<String>> ROLE_COMMANDS = Map.of(
      "IngestRole", List.of("ingest", "http"),
      "EnrichRole", List.of("enrich"),
      "AlertingRole", List.of("alerting"),
      "DeliveryRole", List.of("alert"),
      "WebRole", List.of("web"));

  /** Clients with a group or application id of their own that no long-running role starts, and why. */
  private static final Map<String, String> NOT_A_ROLE = Map.of(
      "Reprocessor", "one-shot `wirewatch enrich --reprocess`: a new application id per run, then it stops");

  @Test
  void everyRoleClassIsKnownAndHasAComposeService() throws IOException {
    List<String> roleClasses;
    try (Stream<Path> files = Files.list(ROLES)) {
      roleClasses = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Role.java"))
          .map(n -> n.substring(0, n.length() - ".java".length())).sorted().toList();
    }
    assertThat(roleClasses).as("role classes in roles/ (add new ones to ROLE_COMMANDS with their command)")
        .containsExactlyInAnyOrderElementsOf(ROLE_COMMANDS.keySet());

    List<List<String>> composeCommands = new ArrayList<>();
    JsonNode services = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docker-compose.yml").toFile())
        .path("services");
    services.fields().forEachRemaining(e -> {
      JsonNode command = e.getValue().path("command");
      List<String> words = new ArrayList<>();
      if (command.isArray()) {
        command.forEach(w -> words.add(w.asText()));
      } else if (command.isTextual()) {
        words.addAll(List.of(command.asText().trim().split("\\s+")));
      }
      composeCommands.add(words);
    });
    ROLE_COMMANDS.forEach((role, words) -> assertThat(composeCommands)
        .as(role + " needs a compose service whose command starts with " + words)
        .anyMatch(c -> c.size() >= words.size() && c.subList(0, words.size()).equals(words)));
  }

  @Test
  void everyStreamsApplicationAndConsumerGroupIsStartedByARole() throws IOException {
    String roles = readAll(ROLES);
    List<String> owners = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.startsWith(MAIN.resolve("bench"))) // benchmarks run throwaway ids
          .filter(p -> !p.startsWith(MAIN.resolve("client")))
          .forEach(p -> {
            String src = read(p);
            if (src.contains("new KafkaStreams(") || src.contains(".groupConsumer(")) {
              owners.add(p.getFileName().toString().replace(".java", ""));
            }
          });
    }
    assertThat(owners).as("classes that run a Streams application or join a consumer group")
        .contains("EnrichmentApp", "AlertingApp", "DeliveryService");
    for (String owner : owners) {
      if (NOT_A_ROLE.containsKey(owner)) {
        continue;
      }
      assertThat(roles).as(owner + " runs a Streams application or consumer group: a class in roles/ must start it"
          + " (or list it in NOT_A_ROLE with the reason)").containsPattern("\\b" + owner + "\\b");
    }
  }

  private static String readAll(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(p -> sb.append(read(p)));
    }
    return sb.toString();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
