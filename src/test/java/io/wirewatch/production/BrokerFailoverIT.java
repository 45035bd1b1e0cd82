package io.wirewatch.production;

import static io.wirewatch.production.ExactlyOncePipeline.INPUT;
import static io.wirewatch.production.ExactlyOncePipeline.OUTPUT;
import static io.wirewatch.production.ExactlyOncePipeline.PARTITIONS;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.testkit.EmbeddedKafkaCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Losing one of three brokers mid-stream loses and duplicates nothing: the idempotent
 * {@code acks=all} producer and the exactly-once Streams application keep going on the two that
 * are left (replication 3, min.insync.replicas 2), and the broker rejoins when it comes back.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BrokerFailoverIT {
  /** The app under test: the real enrichment topology and rules. */
  static final Supplier<AppUnderTest> APP = EnrichmentUnderTest::new;
  static final String APPLICATION_ID = "failover-app";
  static final int RECORDS = 6_000;

  @TempDir Path stateDir;
  EmbeddedKafkaCluster cluster;

  @BeforeEach
  void startCluster() {
    cluster = EmbeddedKafkaCluster.start(3);
    cluster.createTopic(INPUT, PARTITIONS);
    cluster.createTopic(OUTPUT, PARTITIONS);
  }

  @AfterEach
  void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aBrokerStoppedMidStreamLosesAndDuplicatesNothing() throws Exception {
    AppUnderTest app = APP.get();
    String bootstrap = cluster.bootstrapServers();
    try (Admin admin = cluster.admin();
        KafkaStreams streams = new KafkaStreams(app.topology(INPUT, OUTPUT),
            ExactlyOncePipeline.streamsConfig(app, APPLICATION_ID, bootstrap, null, stateDir));
        OutputWatcher output = OutputWatcher.output(bootstrap, app, OUTPUT, PARTITIONS)) {
      List<KafkaStreams.State> states = ExactlyOncePipeline.recordStates(streams);
      streams.start();
      Awaitility.await("streams running").atMost(Duration.ofSeconds(60))
          .until(() -> streams.state() == KafkaStreams.State.RUNNING);

      try (PacedProducer producer = new PacedProducer(bootstrap, app, INPUT, RECORDS)
          .holdAt(RECORDS * 2 / 3).start(20, Duration.ofMillis(20))) {
        Awaitility.await("input flowing").atMost(Duration.ofSeconds(60))
            .until(() -> producer.acked() >= RECORDS / 3 && output.distinct() > 0);

        // The hardest node to lose: the one coordinating the application's group (and so its
        // offset commits inside transactions). Records keep flowing while it shuts down.
        int victim = admin.describeConsumerGroups(List.of(APPLICATION_ID)).all()
            .get(10, TimeUnit.SECONDS).get(APPLICATION_ID).coordinator().id();
        assertThat(producer.sent()).as("the broker must stop mid-stream").isLessThan(RECORDS);
        cluster.stopBroker(victim);

        // The last third is produced and processed on two brokers.
        int ackedAtStop = producer.acked();
        int outputAtStop = output.distinct();
        producer.release();
        Awaitility.await("progress with node " + victim + " down").atMost(Duration.ofSeconds(120))
            .until(() -> producer.acked() >= Math.min(RECORDS, ackedAtStop + 1_000)
                && output.distinct() >= outputAtStop + 1_000);
        assertThat(cluster.isRunning(victim)).isFalse();

        cluster.startBroker(victim);
        cluster.awaitFullyReplicated(INPUT, Duration.ofSeconds(60));
        cluster.awaitFullyReplicated(OUTPUT, Duration.ofSeconds(60));

        producer.awaitAllAnswered(Duration.ofSeconds(120));
        assertThat(producer.failures()).as("producer failures").isEmpty();
        assertThat(producer.acked()).isEqualTo(RECORDS);
      }

      ExactlyOncePipeline.awaitNoLag(admin, APPLICATION_ID, Duration.ofSeconds(120));
      output.awaitCaughtUp(admin, Duration.ofSeconds(60));
      assertThat(output.duplicates()).as("ids written more than once").isEmpty();
      assertThat(output.distinct()).as("distinct ids in " + OUTPUT).isEqualTo(RECORDS);
      assertThat(output.records()).isEqualTo(RECORDS);
      assertThat(output.wrongOutputs()).isEmpty();
      assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
      assertThat(states).doesNotContain(KafkaStreams.State.ERROR, KafkaStreams.State.PENDING_ERROR);

      // The idempotent producer's retries during the outage left no duplicate in the input either.
      try (OutputWatcher input = OutputWatcher.input(bootstrap, app, INPUT, PARTITIONS)) {
        input.awaitCaughtUp(admin, Duration.ofSeconds(60));
        assertThat(input.duplicates()).isEmpty();
        assertThat(input.records()).isEqualTo(RECORDS);
      }
    }
  }
}
