package io.wirewatch.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientConfigTest {
  @TempDir Path dir;

  @Test
  void theFileWinsOverTheOptionsButNotOverAcksIdempotenceOrIsolation() throws IOException {
    Path file = dir.resolve("client.properties");
    Files.writeString(file, """
        bootstrap.servers=secure:9093
        security.protocol=SASL_SSL
        acks=1
        enable.idempotence=false
        isolation.level=read_uncommitted
        compression.type=zstd
        basic.auth.credentials.source=USER_INFO
        basic.auth.user.info=u:p
        """);
    ClientConfig c = ClientConfig.fromOptions("localhost:9092", "http://r:8081", file);

    assertThat(c.bootstrapServers()).isEqualTo("secure:9093");
    Properties producer = c.producer("x", ClientConfig.Batching.BULK);
    assertThat(producer).containsEntry("acks", "all").containsEntry("enable.idempotence", "true")
        .containsEntry("compression.type", "zstd").containsEntry("security.protocol", "SASL_SSL")
        .doesNotContainKeys("schema.registry.url", "basic.auth.user.info", "basic.auth.credentials.source");
    assertThat(c.reader("r", ClientConfig.Reading.DEFAULT)).containsEntry("isolation.level", "read_committed")
        .containsEntry("enable.auto.commit", "false").doesNotContainKey("group.id");
    assertThat(c.registry()).containsEntry("schema.registry.url", "http://r:8081")
        .containsEntry("basic.auth.user.info", "u:p");
    assertThat(c.toString()).doesNotContain("u:p");
  }

  @Test
  void streamsSettingsAreExactlyOnceAndTheApplicationsOwnWin() {
    Properties p = ClientConfig.of("b:9092", "http://r:8081")
        .streams("app", dir, Map.of("commit.interval.ms", 50));
    assertThat(p).containsEntry("processing.guarantee", "exactly_once_v2").containsEntry("application.id", "app")
        .containsEntry("state.dir", dir.toString()).containsEntry("commit.interval.ms", 50)
        .containsEntry("producer.retry.backoff.ms", "10").doesNotContainKey("schema.registry.url");
  }

  @Test
  void aGroupConsumerCommitsItselfAfterTheWork() {
    Properties p = ClientConfig.of("b:9092", null).groupConsumer("g", 50, Duration.ofMinutes(6));
    assertThat(p).containsEntry("group.id", "g").containsEntry("enable.auto.commit", "false")
        .containsEntry("max.poll.records", "50").containsEntry("max.poll.interval.ms", "360000");
  }

  @Test
  void everyProblemIsReportedAtOnceNamingWhatAUserCanSet() {
    assertThatThrownBy(() -> ClientConfig.fromOptions("kafka-without-port", null, dir.resolve("missing.properties")))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("missing.properties does not exist: check the --client-config path")
        .hasMessageContaining("'kafka-without-port' is not host:port")
        .hasMessageContaining("--bootstrap-servers");
    assertThatThrownBy(() -> ClientConfig.fromOptions(" ", null, null))
        .hasMessageContaining("--bootstrap-servers").hasMessageContaining(ClientConfig.BOOTSTRAP_ENV);
    assertThatThrownBy(() -> ClientConfig.of("b:9092", null).requireRegistry())
        .hasMessageContaining("--schema-registry-url").hasMessageContaining(ClientConfig.REGISTRY_ENV);
  }
}
