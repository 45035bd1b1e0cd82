package io.wirewatch.production;

import static io.wirewatch.production.ExactlyOncePipeline.INPUT;
import static io.wirewatch.production.ExactlyOncePipeline.OUTPUT;
import static io.wirewatch.production.ExactlyOncePipeline.PARTITIONS;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.testkit.EmbeddedKafkaCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the exactly-once application share the partitions; one is killed with
 * SIGKILL mid-stream (its JVM gone without commit or goodbye). The other takes its partitions
 * over, the crashed instance's open transaction is aborted, and every input appears in the
 * output exactly once.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class StreamsInstanceCrashIT {
  /** The app under test, by class: one instance runs in a child JVM. */
  static final Class<? extends AppUnderTest> APP = EnrichmentUnderTest.class;
  static final String APPLICATION_ID = "crash-app";
  static final int RECORDS = 6_000;
  private static final Pattern STATE_LINE = Pattern.compile("STATE (\\w+ TASKS [0-9_,]*)");

  @TempDir Path childState;
  @TempDir Path localState;
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

  /** "RUNNING TASKS 0_1,0_3" from the child's last state line. */
  private static String childState(ChildJvm child) {
    String last = child.last(STATE_LINE);
    return last == null ? "" : last;
  }

  private static Set<String> childTasks(ChildJvm child) {
    String state = childState(child);
    Matcher m = Pattern.compile("^RUNNING TASKS ([0-9_,]+)$").matcher(state);
    return m.matches() ? new TreeSet<>(Arrays.asList(m.group(1).split(","))) : Set.of();
  }

  @Test
  void anInstanceKilledMidStreamIsReplacedAndEveryRecordIsWrittenOnce() throws Exception {
    AppUnderTest app = APP.getDeclaredConstructor().newInstance();
    String bootstrap = cluster.bootstrapServers();
    try (Admin admin = cluster.admin();
        ChildJvm child = ChildJvm.start(StreamsAppMain.class,
            APP.getName(), APPLICATION_ID, bootstrap, childState.toString());
        OutputWatcher output = OutputWatcher.output(bootstrap, app, OUTPUT, PARTITIONS)) {
      Awaitility.await("child instance running").atMost(Duration.ofSeconds(90))
          .until(() -> {
            assertThat(child.isAlive()).as("child alive; output:\n%s", child.output()).isTrue();
            return childTasks(child).equals(ExactlyOncePipeline.allTasks());
          });

      try (KafkaStreams local = new KafkaStreams(app.topology(INPUT, OUTPUT),
          ExactlyOncePipeline.streamsConfig(app, APPLICATION_ID, bootstrap, null, localState))) {
        List<KafkaStreams.State> states = ExactlyOncePipeline.recordStates(local);
        local.start();
        // The two instances split the six tasks between them.
        Awaitility.await("partitions shared by both instances").atMost(Duration.ofSeconds(90))
            .until(() -> {
              if (local.state() != KafkaStreams.State.RUNNING) {
                return false;
              }
              Set<String> mine = ExactlyOncePipeline.activeTasks(local);
              Set<String> theirs = childTasks(child);
              Set<String> union = new TreeSet<>(mine);
              union.addAll(theirs);
              return !mine.isEmpty() && !theirs.isEmpty()
                  && mine.size() + theirs.size() == PARTITIONS
                  && union.equals(ExactlyOncePipeline.allTasks());
            });
        Set<String> tasksOfTheKilled = childTasks(child);

        try (PacedProducer producer = new PacedProducer(bootstrap, app, INPUT, RECORDS)
            .holdAt(RECORDS * 2 / 3).start(20, Duration.ofMillis(20))) {
          Awaitility.await("input and output flowing").atMost(Duration.ofSeconds(60))
              .until(() -> producer.acked() >= RECORDS / 3 && output.distinct() >= 500);
          assertThat(producer.sent()).as("killed mid-stream").isLessThan(RECORDS);
          child.kill();
          producer.release();

          // The survivor owns every task once the group has noticed the loss.
          Awaitility.await("survivor took over " + tasksOfTheKilled).atMost(Duration.ofSeconds(90))
              .until(() -> ExactlyOncePipeline.activeTasks(local).equals(ExactlyOncePipeline.allTasks()));

          producer.awaitAllAnswered(Duration.ofSeconds(120));
          assertThat(producer.failures()).as("producer failures").isEmpty();
        }

        ExactlyOncePipeline.awaitNoLag(admin, APPLICATION_ID, Duration.ofSeconds(120));
        // The killed instance left a transaction open; read_committed readers see past it only
        // once the coordinator aborts it after the transaction timeout.
        Awaitility.await("every id readable in " + OUTPUT).atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofMillis(200)).until(() -> output.distinct() >= RECORDS);
        output.awaitCaughtUp(admin, Duration.ofSeconds(60));
        assertThat(output.duplicates()).as("ids written more than once").isEmpty();
        assertThat(output.distinct()).as("distinct ids in " + OUTPUT).isEqualTo(RECORDS);
        assertThat(output.records()).isEqualTo(RECORDS);
        assertThat(output.wrongOutputs()).isEmpty();
        assertThat(local.state()).isEqualTo(KafkaStreams.State.RUNNING);
        assertThat(states).doesNotContain(KafkaStreams.State.ERROR, KafkaStreams.State.PENDING_ERROR);
      }
    }
  }
}
