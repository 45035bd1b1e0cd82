package io.wirewatch.testkit;

import org.apache.kafka.common.utils.internals.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an in-process broker from ending the test JVM. A broker that meets a fatal error (a log directory deleted under it
 * while an earlier test's cluster winds down, say) asks Kafka's {@link Exit} to exit or halt the process; in a test JVM
 * shared by many test classes that ends every class still to run, with no report but "the forked VM terminated". Installed,
 * the request is logged and thrown in the broker's own thread instead, so the test that owns the broker fails on its own
 * terms and the others run.
 */
public final class KafkaExitGuard {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaExitGuard.class);
  private static boolean installed;

  private KafkaExitGuard() {}

  /** Installs the guard once per JVM; later calls do nothing. */
  public static synchronized void install() {
    if (installed) {
      return;
    }
    Exit.setExitProcedure((code, message) -> refuse("exit", code, message));
    Exit.setHaltProcedure((code, message) -> refuse("halt", code, message));
    installed = true;
  }

  private static void refuse(String how, int code, String message) {
    String text = "an in-process Kafka node asked to " + how + " the JVM with status " + code
        + (message == null ? "" : " (" + message + ")") + "; the test JVM stays up";
    LOG.error(text);
    throw new IllegalStateException(text);
  }
}
