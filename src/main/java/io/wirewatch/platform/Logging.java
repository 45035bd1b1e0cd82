package io.wirewatch.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Log levels for the process: Kafka, ZooKeeper-era and Jetty internals at WARN unless verbose,
 * Wirewatch itself at INFO. Kafka's broker prints thousands of lines per start at INFO.
 */
public final class Logging {
  private static final String[] NOISY = {
    "kafka", "org.apache.kafka", "org.apache.zookeeper", "state.change.logger",
    "org.eclipse.jetty", "io.javalin", "org.rocksdb", "org.apache.avro", "com.rometools"
  };

  private static volatile boolean verbose;

  private Logging() {}

  public static void configure(boolean verbose) {
    Logging.verbose = verbose;
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
      return;
    }
    for (String name : NOISY) {
      Logger l = ctx.getLogger(name);
      l.setLevel(verbose ? Level.INFO : Level.WARN);
    }
    // Known-benign warnings on every start and stop of a single node.
    ctx.getLogger("org.apache.kafka.controller.QuorumController").setLevel(verbose ? Level.INFO : Level.ERROR);
    ctx.getLogger("org.apache.kafka.clients.NetworkClient").setLevel(verbose ? Level.INFO : Level.ERROR);
    ctx.getLogger("io.wirewatch").setLevel(verbose ? Level.DEBUG : Level.INFO);
  }

  /**
   * For a process that kills and restarts its broker on purpose ({@code bench soak}): the clients'
   * warnings about lost connections and retried sends are the expected effect, not news. They stay
   * visible with {@code --verbose}.
   */
  public static void expectBrokerRestarts() {
    if (!verbose && LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
      ctx.getLogger("org.apache.kafka.clients").setLevel(Level.ERROR);
    }
  }
}
