package io.wirewatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * How a long-running role ends: Ctrl-C or SIGTERM runs a shutdown hook that closes what the
 * command started, in the order given, and prints one line; the command's thread waits for that.
 */
final class UntilStopped {
  private UntilStopped() {}

  /**
   * Blocks until the JVM is asked to stop (then closes {@code resources}) or until {@code running}
   * turns false by itself (a role that stopped on a fatal error; the caller reports it).
   */
  static void awaitWhile(java.util.function.BooleanSupplier running, AutoCloseable... resources)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (AutoCloseable r : resources) {
        try {
          r.close();
        } catch (Exception e) {
          // stopping anyway
        }
      }
      stopped.countDown();
    }, "wirewatch-shutdown"));
    while (running.getAsBoolean() && !stopped.await(500, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      // wait for Ctrl-C, or for the role to stop by itself
    }
  }

  /** Blocks until the JVM is asked to stop and {@code resources} are closed. */
  static void await(PrintWriter out, String stoppedLine, AutoCloseable... resources) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (AutoCloseable r : resources) {
        try {
          r.close();
        } catch (Exception e) {
          out.println("error while stopping: " + e.getMessage());
        }
      }
      out.println(stoppedLine);
      out.flush();
      stopped.countDown();
    }, "wirewatch-shutdown"));
    stopped.await();
  }
}
