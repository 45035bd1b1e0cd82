package io.wirewatch.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.testkit.Records;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ExactlyOnceStreamsIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  @Test
  void anExactlyOnceApplicationRunsOnTheSingleNode() throws Exception {
    kafka.createTopic("eos.in", 2);
    kafka.createTopic("eos.out", 2);
    StreamsBuilder b = new StreamsBuilder();
    b.stream("eos.in", Consumed.with(Serdes.String(), Serdes.String()))
        .mapValues(v -> v.toUpperCase())
        .to("eos.out", Produced.with(Serdes.String(), Serdes.String()));
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "eos-it");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("eos-state").toString());
    try (KafkaStreams streams = new KafkaStreams(b.build(), p)) {
      long t0 = System.nanoTime();
      streams.start();
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> streams.state() == KafkaStreams.State.RUNNING);
      long toRunningMs = (System.nanoTime() - t0) / 1_000_000;
      Map<String, String> in = IntStream.range(0, 200).boxed()
          .collect(Collectors.toMap(i -> "k" + i, i -> "v" + i));
      Records.produceStrings(kafka.bootstrapServers(), "eos.in", in);
      List<ConsumerRecord<String, String>> out =
          Records.consumeStrings(kafka.bootstrapServers(), "eos.out", 200, Duration.ofSeconds(60));
      assertThat(out).hasSize(200);
      assertThat(out).allSatisfy(r -> assertThat(r.value()).isEqualTo(in.get(r.key()).toUpperCase()));
      // Not a timing assertion: recorded so a regression to "hangs in REBALANCING" is visible.
      System.out.println("exactly-once app reached RUNNING in " + toRunningMs + " ms");
    }
  }
}
