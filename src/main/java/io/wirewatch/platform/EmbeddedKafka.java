package io.wirewatch.platform;

import io.wirewatch.client.ClientConfig;
import io.wirewatch.UserException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker, started in this JVM: one node in KRaft mode acting as broker and
 * controller, with its data in a directory that survives restarts (also after a crash).
 *
 * <p>It is configured for a single node: internal topics (offsets, transactions, share state) with
 * replication 1, so exactly-once Kafka Streams applications run on it; no time-based retention, so
 * history is kept; fast broker-session expiry, so a restart after {@code kill -9} takes seconds.
 *
 * <p>Thread-safe for {@link #close()}; start one per data directory (Kafka locks the directory).
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Config.builder()
 *     .dataDir(Path.of("wirewatch-data")).kafkaPort(9092).build())) {
 *   String bootstrap = kafka.bootstrapServers();
 * }
 * }</pre>
 */
public final class EmbeddedKafka implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final String HOST = "127.0.0.1";

  private final Config config;
  private final KafkaRaftServer server;
  private final int kafkaPort;
  private final String clusterId;
  private volatile boolean closed;

  private EmbeddedKafka(Config config, KafkaRaftServer server, int kafkaPort, String clusterId) {
    this.config = config;
    this.server = server;
    this.kafkaPort = kafkaPort;
    this.clusterId = clusterId;
  }

  /** Settings of the embedded broker. */
  public record Config(Path dataDir, int kafkaPort, int nodeId, Map<String, String> overrides) {
    public Config {
      Objects.requireNonNull(dataDir, "dataDir");
      overrides = Map.copyOf(overrides);
    }

    public static Builder builder() {
      return new Builder();
    }

    /** Builder with defaults: {@code ./wirewatch-data}, a free port, node id 1. */
    public static final class Builder {
      private Path dataDir = Path.of("wirewatch-data");
      private int kafkaPort = 0;
      private int nodeId = 1;
      private Map<String, String> overrides = Map.of();

      public Builder dataDir(Path dir) {
        this.dataDir = dir;
        return this;
      }

      /** The client listener port; 0 picks a free one. */
      public Builder kafkaPort(int port) {
        this.kafkaPort = port;
        return this;
      }

      public Builder nodeId(int id) {
        this.nodeId = id;
        return this;
      }

      /** Extra broker properties, applied last. */
      public Builder overrides(Map<String, String> props) {
        this.overrides = props;
        return this;
      }

      public Config build() {
        return new Config(dataDir, kafkaPort, nodeId, overrides);
      }
    }
  }

  /**
   * Formats the data directory if it is new, starts the broker and waits until it answers.
   *
   * @throws UserException when the port is taken or the directory cannot be used
   */
  public static EmbeddedKafka start(Config config) {
    int port = config.kafkaPort() == 0 ? freePort() : requireFreePort(config.kafkaPort());
    int controllerPort = freePort();
    Path logDir = config.dataDir().toAbsolutePath().resolve("kafka");
    try {
      Files.createDirectories(logDir);
    } catch (IOException e) {
      throw new UserException("cannot create the data directory " + logDir + " (" + e.getMessage()
          + "): choose a writable directory with --data-dir", e);
    }
    if (!Files.isWritable(logDir)) {
      throw new UserException("the data directory " + logDir
          + " is not writable: choose a writable directory with --data-dir");
    }
    String clusterId = formatIfNew(config, logDir);

    Properties props = brokerProperties(config, logDir, port, controllerPort);
    long started = System.nanoTime();
    KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
    try {
      server.startup();
    } catch (RuntimeException e) {
      server.shutdown();
      if (String.valueOf(e.getMessage()).contains("lock")) {
        throw new UserException("the data directory " + config.dataDir()
            + " is in use by another Kafka process: stop it, or choose another --data-dir", e);
      }
      throw e;
    }
    EmbeddedKafka kafka = new EmbeddedKafka(config, server, port, clusterId);
    kafka.awaitReady(Duration.ofSeconds(60));
    log.debug("Kafka broker ready on {} in {} ms (data {})", kafka.bootstrapServers(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), logDir);
    return kafka;
  }

  /** {@code 127.0.0.1:<port>}, for clients. */
  public String bootstrapServers() {
    return HOST + ":" + kafkaPort;
  }

  public int port() {
    return kafkaPort;
  }

  public String clusterId() {
    return clusterId;
  }

  public Path dataDir() {
    return config.dataDir();
  }

  /** Stops the broker cleanly (flushes logs, writes a clean-shutdown marker). Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.shutdown();
    server.awaitShutdown();
  }

  private void awaitReady(Duration timeout) {
    Properties p = ClientConfig.of(bootstrapServers(), null).admin();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Admin admin = Admin.create(p)) {
      while (true) {
        try {
          // A broker that registered with the controller lists itself here.
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (Exception e) {
          if (System.nanoTime() > deadline) {
            close();
            throw new IllegalStateException("embedded Kafka did not become ready within " + timeout, e);
          }
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
      }
    }
  }

  static Properties brokerProperties(Config config, Path logDir, int port, int controllerPort) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", Integer.toString(config.nodeId()));
    p.put("controller.quorum.voters", config.nodeId() + "@" + HOST + ":" + controllerPort);
    p.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    p.put("metadata.log.dir", logDir.toString());
    // One node: every internal topic with one replica, or transactions and groups never start.
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "10");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "4");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("default.replication.factor", "1");
    p.put("min.insync.replicas", "1");
    p.put("num.partitions", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("auto.create.topics.enable", "false");
    // Keep history: no time- or size-based deletion unless a topic asks for it.
    p.put("log.retention.ms", "-1");
    p.put("log.retention.bytes", "-1");
    // The cleaner's default 128 MB dedupe buffer would not fit a small heap.
    p.put("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024));
    // After a crash the old registration must expire before the node registers again.
    p.put("broker.session.timeout.ms", "1500");
    p.put("broker.heartbeat.interval.ms", "300");
    p.put("controlled.shutdown.enable", "true");
    p.putAll(config.overrides());
    return p;
  }

  /** Formats the log directory once; never re-formats an existing one. Returns the cluster id. */
  private static String formatIfNew(Config config, Path logDir) {
    Path meta = logDir.resolve("meta.properties");
    if (Files.exists(meta)) {
      Properties existing = new Properties();
      try (var in = Files.newInputStream(meta)) {
        existing.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + meta, e);
      }
      return existing.getProperty("cluster.id", "unknown");
    }
    String clusterId = Uuid.randomUuid().toString();
    try {
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setNodeId(config.nodeId())
          .setClusterId(clusterId)
          .setDirectories(List.of(logDir.toString()))
          .setMetadataLogDirectory(logDir.toString())
          .setControllerListenerName("CONTROLLER")
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .setIgnoreFormatted(true)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("cannot format the Kafka data directory " + logDir, e);
    }
    return clusterId;
  }

  /** A port that was free a moment ago on the loopback address. */
  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getByName(HOST))) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + HOST, e);
    }
  }

  private static int requireFreePort(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
      return port;
    } catch (IOException e) {
      throw new UserException("port " + port + " is already in use, so Kafka cannot listen on it: "
          + "stop the process that holds it, or choose another port with --kafka-port");
    }
  }
}
