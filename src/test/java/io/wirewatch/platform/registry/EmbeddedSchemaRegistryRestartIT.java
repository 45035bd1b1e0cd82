package io.wirewatch.platform.registry;

import static io.wirewatch.platform.registry.RegistryHttp.field;
import static io.wirewatch.platform.registry.RegistryHttp.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import io.wirewatch.testkit.KafkaPlatformExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The registry's state survives a restart on the same topic, and the topic has the real registry's format. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class EmbeddedSchemaRegistryRestartIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  private static String body(String... fields) {
    return record("User", fields);
  }

  @Test
  void idsVersionsConfigModeAndDeletesAreTheSameAfterARestart() {
    String topic = "_schemas-restart";
    String before;
    try (EmbeddedSchemaRegistry first = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0, topic)) {
      RegistryHttp http = new RegistryHttp(first.url());
      http.put("/config", "{\"compatibility\":\"NONE\"}");
      http.register("users-value", body(field("a", "string")));
      http.register("users-value", body(field("b", "string")));
      http.register("users-value", body(field("c", "string")));
      http.register("orders-value", body(field("b", "string")));
      http.register("gone-value", body(field("z", "string")));
      http.delete("/subjects/users-value/versions/2");
      http.delete("/subjects/gone-value");
      http.delete("/subjects/gone-value?permanent=true");
      http.put("/config/orders-value", "{\"compatibility\":\"FULL\"}");
      http.put("/mode/orders-value", "{\"mode\":\"READONLY\"}");
      before = snapshot(http);
    }
    try (EmbeddedSchemaRegistry second = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0, topic)) {
      RegistryHttp http = new RegistryHttp(second.url());
      assertThat(snapshot(http)).isEqualTo(before);
      assertThat(http.get("/subjects/users-value/versions").text()).isEqualTo("[1,3]");
      assertThat(http.get("/subjects/orders-value/versions/1").json().path("id").asInt()).isEqualTo(2);
      assertThat(http.get("/config/orders-value").text()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
      assertThat(http.get("/mode/orders-value").text()).isEqualTo("{\"mode\":\"READONLY\"}");
      assertThat(http.get("/schemas/ids/4").status()).as("hard-deleted schema stays gone").isEqualTo(404);
      assertThat(http.register("new-value", body(field("n", "string"))).json().path("id").asInt())
          .as("ids continue after the highest ever given").isEqualTo(5);
      assertThat(http.register("users-value", body(field("d", "string"))).json().path("id").asInt()).isEqualTo(6);
      assertThat(http.get("/subjects/users-value/versions/latest").json().path("version").asInt()).isEqualTo(4);
    }
  }

  private static String snapshot(RegistryHttp http) {
    List<String> parts = new ArrayList<>();
    parts.add(http.get("/subjects?deleted=true").text());
    for (String subject : List.of("users-value", "orders-value", "gone-value")) {
      parts.add(http.get("/subjects/" + subject + "/versions?deleted=true").text());
      for (int v = 1; v <= 3; v++) {
        parts.add(http.get("/subjects/" + subject + "/versions/" + v + "?deleted=true").text());
      }
    }
    for (int id = 1; id <= 5; id++) {
      parts.add(http.get("/schemas/ids/" + id).text());
    }
    parts.add(http.get("/config").text());
    return String.join("\n", parts);
  }

  @Test
  void createsACompactedSinglePartitionTopicWithTheRegistryKeyFormat() throws Exception {
    String topic = "_schemas-format";
    try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0, topic)) {
      RegistryHttp http = new RegistryHttp(registry.url());
      http.register("orders-value", record("Order", field("id", "string")));
      http.put("/config", "{\"compatibility\":\"FULL\"}");
    }
    try (Admin admin = kafka.admin()) {
      TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
      assertThat(description.partitions()).hasSize(1);
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
      Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
      assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
    }
    List<String> keys = new ArrayList<>();
    List<String> values = new ArrayList<>();
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      TopicPartition partition = new TopicPartition(topic, 0);
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long end = consumer.endOffsets(List.of(partition)).get(partition);
      while (consumer.position(partition) < end) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          keys.add(new String(r.key(), StandardCharsets.UTF_8));
          values.add(r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(keys).containsExactly(
        "{\"keytype\":\"SCHEMA\",\"subject\":\"orders-value\",\"version\":1,\"magic\":1}",
        "{\"keytype\":\"CONFIG\",\"magic\":0}");
    assertThat(values.get(0)).isEqualTo(
        "{\"subject\":\"orders-value\",\"version\":1,\"id\":1,\"schema\":"
            + RegistryHttp.JSON.valueToTree(record("Order", field("id", "string"))) + ",\"deleted\":false}");
    assertThat(values.get(1)).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
  }

  @Test
  void refusesATopicWithSeveralPartitions() {
    kafka.createTopic("_schemas-wide", 3, Map.of("cleanup.policy", "compact"));
    assertThatThrownBy(() -> EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0, "_schemas-wide"))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("must have exactly 1 partition, it has 3");
  }
}
