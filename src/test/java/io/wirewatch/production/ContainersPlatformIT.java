package io.wirewatch.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.testkit.ChildProcess;
import io.wirewatch.testkit.ContainersBackend;
import io.wirewatch.testkit.Records;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The production images (apache/kafka and confluentinc/cp-schema-registry, the tags that
 * docker-compose.yml runs) with the real jar against them. Needs Docker: without it the class is
 * skipped, reported as such, before any container code runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class ContainersPlatformIT {
  private static ContainersBackend platform;

  @BeforeAll
  static void startContainers() {
    platform = ContainersBackend.start();
  }

  @AfterAll
  static void stopContainers() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void topicsApplyCreatesTheCatalogueOnTheKafkaImage() throws Exception {
    try (ChildProcess apply = ChildProcess.startWirewatch("topics", "apply", "--single-node",
        "--bootstrap-servers", platform.bootstrapServers())) {
      apply.awaitOutput("Applied to " + platform.bootstrapServers(), Duration.ofSeconds(90));
    }
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
    try (Admin admin = Admin.create(p)) {
      Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      assertThat(topics).contains("news.articles.raw", "news.articles.enriched", "news.alerts", "news.dlq");
    }
    Records.produceStrings(platform.bootstrapServers(), "news.dlq", Map.of("k", "v"));
    List<ConsumerRecord<String, String>> read =
        Records.consumeStrings(platform.bootstrapServers(), "news.dlq", 1, Duration.ofSeconds(30));
    assertThat(read).extracting(ConsumerRecord::value).containsExactly("v");
  }

  @Test
  void theRegistryImageStoresAndServesAnArticleSchema() throws Exception {
    String schema = Files.readString(Path.of("schemas", "Article.avsc"));
    String body = new ObjectMapper().writeValueAsString(Map.of("schema", schema));
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> registered = http.send(HttpRequest.newBuilder(
            URI.create(platform.schemaRegistryUrl() + "/subjects/news.articles.raw-value/versions"))
        .header("Content-Type", "application/vnd.schemaregistry.v1+json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
    assertThat(registered.body()).matches("\\{\"id\":\\d+.*");

    HttpResponse<String> subjects = http.send(HttpRequest.newBuilder(
        URI.create(platform.schemaRegistryUrl() + "/subjects")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(subjects.body()).contains("\"news.articles.raw-value\"");
  }
}
