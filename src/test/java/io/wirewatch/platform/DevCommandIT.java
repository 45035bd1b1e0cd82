package io.wirewatch.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.testkit.ChildProcess;
import io.wirewatch.testkit.Records;
import io.wirewatch.topics.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 4, unit = TimeUnit.MINUTES)
class DevCommandIT {
  @TempDir Path dataDir;

  @Test
  void devStartsAStockClientProducesAndConsumesAndItStopsCleanly() throws Exception {
    int port = EmbeddedKafka.freePort();
    String bootstrap = "localhost:" + port;
    try (ChildProcess dev = ChildProcess.startWirewatch("dev", "--data-dir", dataDir.toString(),
        "--kafka-port", Integer.toString(port), "--registry-port", "0", "--http-port", "0")) {
      dev.awaitOutput("Wirewatch is ready", Duration.ofSeconds(120));
      assertThat(dev.output()).contains("Kafka localhost:" + port, "Single-node overrides");

      Records.produceStrings(bootstrap, TopicNames.DLQ, Map.of("hello", "world"));
      List<ConsumerRecord<String, String>> read =
          Records.consumeStrings(bootstrap, TopicNames.DLQ, 1, Duration.ofSeconds(30));
      assertThat(read).extracting(ConsumerRecord::value).containsExactly("world");

      dev.terminate(Duration.ofSeconds(60));
      assertThat(dev.output()).contains("Stopped cleanly");
      assertThat(dev.output()).doesNotContain("Exception");
    }
  }
}
