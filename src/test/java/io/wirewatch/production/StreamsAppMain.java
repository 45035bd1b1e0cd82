package io.wirewatch.production;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One instance of an {@link AppUnderTest} as its own process, so a test can kill it the way a
 * machine or an OOM killer does (SIGKILL: no shutdown hook, no commit, no leave-group).
 *
 * <p>Arguments: app class, application id, bootstrap servers, state directory. Prints
 * {@code STATE <state> TASKS <ids>} on every state change and {@code TASKS <ids>} when its
 * assignment is known, for the parent to read.
 */
public final class StreamsAppMain {
  private StreamsAppMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: StreamsAppMain APP_CLASS APPLICATION_ID BOOTSTRAP STATE_DIR");
      System.exit(2);
    }
    AppUnderTest app = (AppUnderTest) Class.forName(args[0]).getDeclaredConstructor().newInstance();
    KafkaStreams streams = new KafkaStreams(
        app.topology(ExactlyOncePipeline.INPUT, ExactlyOncePipeline.OUTPUT),
        ExactlyOncePipeline.streamsConfig(app, args[1], args[2], null, Path.of(args[3])));
    CountDownLatch stopped = new CountDownLatch(1);
    streams.setStateListener((now, before) -> {
      System.out.println("STATE " + now + " TASKS " + String.join(",", ExactlyOncePipeline.activeTasks(streams)));
      System.out.flush();
      if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
        stopped.countDown();
      }
    });
    Runtime.getRuntime().addShutdownHook(new Thread(streams::close, "close-streams"));
    streams.start();
    stopped.await();
  }
}
