package io.wirewatch.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.testkit.ChildProcess;
import io.wirewatch.testkit.Records;
import io.wirewatch.topics.TopicNames;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 4, unit = TimeUnit.MINUTES)
class DevCommandIT {
  // Not under the system's temp directory: Kafka Streams rightly warns about state kept there, and
  // this test checks that a clean start prints no warning at all.
  private final Path dataDir = Path.of("target", "dev-command-it", UUID.randomUUID().toString()).toAbsolutePath();

  @AfterEach
  void removeDataDir() throws IOException {
    if (Files.exists(dataDir)) {
      try (Stream<Path> files = Files.walk(dataDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

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
      assertThat(warnings(dev.output(), underTempDir(dataDir))).as("warnings on a clean start of a fresh data directory")
          .isEmpty();
    }

    // again on the same directory: the same quiet start, and no stack trace from a state store
    try (ChildProcess dev = ChildProcess.startWirewatch("dev", "--data-dir", dataDir.toString(),
        "--kafka-port", Integer.toString(port), "--registry-port", "0", "--http-port", "0")) {
      dev.awaitOutput("Wirewatch is ready", Duration.ofSeconds(120));
      Records.produceStrings(bootstrap, TopicNames.DLQ, Map.of("again", "still here"));
      assertThat(Records.consumeStrings(bootstrap, TopicNames.DLQ, 2, Duration.ofSeconds(30)))
          .extracting(ConsumerRecord::value).containsExactly("world", "still here");
      dev.terminate(Duration.ofSeconds(60));
      assertThat(dev.output()).contains("Stopped cleanly");
      // Known and left alone: Kafka Streams 4.4 keeps no changelog offset for a window store that
      // never held a record, so on a restart before any article reached the surge counts it wipes
      // and re-reads those (empty) stores, with warnings from its state manager. Nothing else may warn.
      assertThat(warnings(dev.output(), underTempDir(dataDir))).as("warnings on a restart")
          .allMatch(l -> l.contains(" o.a.k.s.p.i."), "come from the state manager's re-initialisation");
    }
  }

  /**
   * Log lines at WARN or ERROR (Kafka's own included): a clean start prints none. Lines that say
   * the machine itself is overloaded (the controller missing a heartbeat while other builds share
   * the cores) are about the machine, not this start, and are not counted.
   */
  /**
   * The WARN and ERROR lines of a run. When the checkout itself lies under the system's temp directory, Kafka Streams'
   * warning about state kept there is deserved and is left out; every other warning still counts.
   */
  private static List<String> warnings(String output, boolean dataUnderTemp) {
    return output.lines().filter(l -> l.matches("^[0-9:.]+ +(WARN|ERROR) .*"))
        .filter(l -> !l.contains("event queue overloaded"))
        .filter(l -> !(dataUnderTemp && l.contains("Using an OS temp directory in the state.dir property"))).toList();
  }

  private static boolean underTempDir(Path dir) {
    Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    return dir.toAbsolutePath().normalize().startsWith(temp);
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
