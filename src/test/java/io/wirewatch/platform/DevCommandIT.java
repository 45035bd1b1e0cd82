package io.wirewatch.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.testkit.ChildProcess;
import io.wirewatch.testkit.Records;
import io.wirewatch.topics.TopicNames;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
      assertHttpListensOnLoopbackOnly(dev.output());

      Records.produceStrings(bootstrap, TopicNames.DLQ, Map.of("hello", "world"));
      List<ConsumerRecord<String, String>> read =
          Records.consumeStrings(bootstrap, TopicNames.DLQ, 1, Duration.ofSeconds(30));
      assertThat(read).extracting(ConsumerRecord::value).containsExactly("world");

      dev.terminate(Duration.ofSeconds(60));
      assertThat(dev.output()).contains("Stopped cleanly");
      assertThat(dev.output()).doesNotContain("Exception");
    }
  }

  /** The dashboard answers on 127.0.0.1 and refuses connections on this machine's other addresses. */
  private static void assertHttpListensOnLoopbackOnly(String output) throws Exception {
    Matcher m = Pattern.compile("Dashboard on http://localhost:(\\d+)/").matcher(output);
    assertThat(m.find()).as(output).isTrue();
    int http = Integer.parseInt(m.group(1));
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), http), 2000);
    }
    List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> !a.isLoopbackAddress() && a instanceof Inet4Address).toList();
    for (InetAddress a : others) {
      try (Socket s = new Socket()) {
        assertThatThrownBy(() -> s.connect(new InetSocketAddress(a, http), 2000))
            .as("dev's HTTP server must not answer on " + a).isInstanceOf(ConnectException.class);
      }
    }
  }
}
