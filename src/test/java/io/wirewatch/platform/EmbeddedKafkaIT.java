package io.wirewatch.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import io.wirewatch.testkit.ChildProcess;
import io.wirewatch.testkit.Records;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 4, unit = TimeUnit.MINUTES)
class EmbeddedKafkaIT {

  @TempDir Path dataDir;

  private static Map<String, String> records(String prefix, int n) {
    return IntStream.range(0, n).boxed()
        .collect(Collectors.toMap(i -> prefix + i, i -> "value-" + prefix + i));
  }

  private static void createTopic(String bootstrap, String topic) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void keepsRecordsAcrossACleanRestart() throws Exception {
    EmbeddedKafka.Config config = EmbeddedKafka.Config.builder().dataDir(dataDir).build();
    try (EmbeddedKafka kafka = EmbeddedKafka.start(config)) {
      createTopic(kafka.bootstrapServers(), "restart");
      Records.produceStrings(kafka.bootstrapServers(), "restart", records("a", 50));
    }
    try (EmbeddedKafka kafka = EmbeddedKafka.start(config)) {
      Records.produceStrings(kafka.bootstrapServers(), "restart", records("b", 10));
      List<ConsumerRecord<String, String>> read =
          Records.consumeStrings(kafka.bootstrapServers(), "restart", 60, Duration.ofSeconds(30));
      assertThat(read).extracting(ConsumerRecord::key).hasSize(60)
          .containsAll(records("a", 50).keySet()).containsAll(records("b", 10).keySet());
    }
  }

  @Test
  void keepsRecordsAcrossACrash() throws Exception {
    int port = EmbeddedKafka.freePort();
    String bootstrap = "127.0.0.1:" + port;
    try (ChildProcess child = ChildProcess.startWirewatch(
        "dev", "--data-dir", dataDir.toString(), "--kafka-port", Integer.toString(port),
        "--registry-port", "0", "--http-port", "0")) {
      child.awaitOutput("Wirewatch is ready", Duration.ofSeconds(90));
      createTopic(bootstrap, "crash");
      Records.produceStrings(bootstrap, "crash", records("k", 100)); // acks=all: on disk before the crash
      child.kill();
    }
    assertThat(Files.exists(dataDir.resolve("kafka").resolve("meta.properties"))).isTrue();
    try (EmbeddedKafka kafka = EmbeddedKafka.start(
        EmbeddedKafka.Config.builder().dataDir(dataDir).kafkaPort(port).build())) {
      List<ConsumerRecord<String, String>> read =
          Records.consumeStrings(kafka.bootstrapServers(), "crash", 100, Duration.ofSeconds(60));
      Set<String> keys = read.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
      assertThat(keys).isEqualTo(records("k", 100).keySet());
    }
  }

  @Test
  void aTakenPortIsAOneLineErrorNamingThePortAndTheOption() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> EmbeddedKafka.start(
          EmbeddedKafka.Config.builder().dataDir(dataDir).kafkaPort(port).build()))
          .isInstanceOf(UserException.class)
          .hasMessageContaining("port " + port + " is already in use")
          .hasMessageContaining("--kafka-port")
          .hasMessageNotContaining("\n");
    }
  }
}
