package io.wirewatch.testkit;

import io.wirewatch.platform.EmbeddedKafka;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.awaitility.Awaitility;

/**
 * A real Kafka cluster of several nodes in this JVM, for replication and failover tests: every
 * node is broker and controller (KRaft), the nodes form one controller quorum, and any node can be
 * stopped and started again on its data directory and ports while the others keep serving.
 *
 * <p>With three nodes it is configured like production: topics and internal topics (consumer
 * offsets, transaction state) with replication 3 and {@code min.insync.replicas} 2, so one node
 * may be down without losing or refusing an {@code acks=all} write, and the quorum (2 of 3) keeps
 * electing controllers.
 *
 * <p>Nodes are numbered by their Kafka node id, {@code 1..n}: the ids that {@code Admin} reports
 * as partition leaders and group coordinators, so a test can stop exactly the node it means.
 *
 * <pre>{@code
 * try (EmbeddedKafkaCluster cluster = EmbeddedKafkaCluster.start(3)) {
 *   cluster.createTopic("in", 6);
 *   cluster.stopBroker(2);   // clients keep working on nodes 1 and 3
 *   cluster.startBroker(2);  // rejoins, catches up, back in sync
 * }
 * }</pre>
 *
 * <p>Not thread-safe: drive it from the test thread.
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {
  static {
    KafkaExitGuard.install();
  }

  private static final String HOST = "127.0.0.1";

  private final Path dataDir;
  private final boolean ownsDataDir;
  private final String clusterId = Uuid.randomUuid().toString();
  private final List<Node> nodes = new ArrayList<>();

  private EmbeddedKafkaCluster(Path dataDir, boolean ownsDataDir, int size) {
    this.dataDir = dataDir;
    this.ownsDataDir = ownsDataDir;
    for (int id = 1; id <= size; id++) {
      // Ports are fixed for the life of the cluster: a restarted node must be where the quorum
      // and the clients' bootstrap list expect it.
      nodes.add(new Node(id, EmbeddedKafka.freePort(), EmbeddedKafka.freePort()));
    }
  }

  /** Starts {@code size} nodes on fresh temporary directories (deleted by {@link #close()}). */
  public static EmbeddedKafkaCluster start(int size) {
    try {
      return start(size, Files.createTempDirectory("wirewatch-cluster-"), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a data directory for the cluster", e);
    }
  }

  private static EmbeddedKafkaCluster start(int size, Path dataDir, boolean owns) {
    if (size < 1) {
      throw new IllegalArgumentException("a cluster needs at least 1 node, got " + size);
    }
    EmbeddedKafkaCluster cluster = new EmbeddedKafkaCluster(dataDir, owns, size);
    try {
      cluster.startAll();
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** {@code host:port} of every node, for {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return nodes.stream().map(n -> HOST + ":" + n.port).collect(Collectors.joining(","));
  }

  public int size() {
    return nodes.size();
  }

  /** The replication factor this cluster gives topics: the number of nodes, at most 3. */
  public short replicationFactor() {
    return (short) Math.min(3, nodes.size());
  }

  /** {@code min.insync.replicas} for this cluster's topics: 2 with three or more nodes. */
  public int minInSyncReplicas() {
    return Math.max(1, Math.min(2, nodes.size() - 1));
  }

  public boolean isRunning(int nodeId) {
    return node(nodeId).server != null;
  }

  /**
   * Stops node {@code nodeId} cleanly (controlled shutdown: its partition leaderships move to the
   * other nodes first) and waits until it is down. Its data stays for {@link #startBroker(int)}.
   */
  public void stopBroker(int nodeId) {
    Node n = node(nodeId);
    if (n.server == null) {
      throw new IllegalStateException("node " + nodeId + " is not running");
    }
    n.server.shutdown();
    n.server.awaitShutdown();
    n.server = null;
  }

  /** Starts node {@code nodeId} again on its data and ports, and waits until it is registered. */
  public void startBroker(int nodeId) {
    Node n = node(nodeId);
    if (n.server != null) {
      throw new IllegalStateException("node " + nodeId + " is already running");
    }
    n.server = startServer(n);
    awaitBrokers(Duration.ofSeconds(60));
  }

  /** An admin client for this cluster; close it. */
  public Admin admin() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    return Admin.create(p);
  }

  /** Creates a topic with this cluster's replication factor and min.insync.replicas. */
  public void createTopic(String name, int partitions) {
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(name, partitions, replicationFactor())
              .configs(Map.of("min.insync.replicas", Integer.toString(minInSyncReplicas())))))
          .all().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create topic " + name, e);
    }
  }

  /** Waits until every partition of {@code topic} has all its replicas in sync again. */
  public void awaitFullyReplicated(String topic, Duration timeout) {
    try (Admin admin = admin()) {
      Awaitility.await("every replica of " + topic + " in sync").atMost(timeout)
          .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
          .until(() -> {
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(10, TimeUnit.SECONDS).get(topic);
            return d.partitions().stream().allMatch(EmbeddedKafkaCluster::fullyInSync);
          });
    }
  }

  private static boolean fullyInSync(TopicPartitionInfo p) {
    return p.leader() != null && p.isr().size() == p.replicas().size();
  }

  /**
   * Stops every running node, all at once (one by one, the last controller would wait for a
   * quorum that is already gone), and deletes the data if this cluster created the directory.
   */
  @Override
  public void close() {
    List<Thread> stopping = new ArrayList<>();
    List<RuntimeException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (Node n : nodes) {
      KafkaRaftServer server = n.server;
      n.server = null;
      if (server != null) {
        Thread t = new Thread(() -> {
          try {
            server.shutdown();
            server.awaitShutdown();
          } catch (RuntimeException e) {
            failures.add(e);
          }
        }, "stop-kafka-node-" + n.id);
        t.start();
        stopping.add(t);
      }
    }
    for (Thread t : stopping) {
      try {
        t.join(TimeUnit.MINUTES.toMillis(2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (ownsDataDir) {
      KafkaPlatformExtension.deleteRecursively(dataDir);
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }

  private Node node(int nodeId) {
    if (nodeId < 1 || nodeId > nodes.size()) {
      throw new IllegalArgumentException("node ids are 1.." + nodes.size() + ", got " + nodeId);
    }
    return nodes.get(nodeId - 1);
  }

  /**
   * Formats and starts all nodes at once: a node's start-up waits for an elected controller,
   * which needs a majority of the quorum running, so starting them one after another would hang.
   */
  private void startAll() {
    for (Node n : nodes) {
      format(n);
    }
    ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
    try {
      List<Future<KafkaRaftServer>> started = new ArrayList<>();
      for (Node n : nodes) {
        started.add(pool.submit(() -> startServer(n)));
      }
      for (int i = 0; i < nodes.size(); i++) {
        nodes.get(i).server = started.get(i).get(90, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      throw new IllegalStateException("the cluster did not start", e);
    } finally {
      pool.shutdownNow();
    }
    awaitBrokers(Duration.ofSeconds(60));
  }

  private KafkaRaftServer startServer(Node n) {
    KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(properties(n), false), Time.SYSTEM);
    try {
      server.startup();
    } catch (RuntimeException e) {
      server.shutdown();
      throw e;
    }
    return server;
  }

  /** Waits until every running node is registered and unfenced (listed by describeCluster). */
  private void awaitBrokers(Duration timeout) {
    long running = nodes.stream().filter(n -> n.server != null).count();
    try (Admin admin = admin()) {
      Awaitility.await(running + " brokers registered").atMost(timeout)
          .pollInterval(Duration.ofMillis(100)).ignoreExceptions()
          .until(() -> admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() == running);
    }
  }

  private Path logDir(Node n) {
    return dataDir.resolve("node-" + n.id);
  }

  private void format(Node n) {
    Path dir = logDir(n);
    try {
      Files.createDirectories(dir);
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setNodeId(n.id)
          .setClusterId(clusterId)
          .setDirectories(List.of(dir.toString()))
          .setMetadataLogDirectory(dir.toString())
          .setControllerListenerName("CONTROLLER")
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .setIgnoreFormatted(true)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("cannot format " + dir, e);
    }
  }

  private Properties properties(Node n) {
    String rf = Short.toString(replicationFactor());
    String minIsr = Integer.toString(minInSyncReplicas());
    String voters = nodes.stream().map(v -> v.id + "@" + HOST + ":" + v.controllerPort)
        .collect(Collectors.joining(","));
    Path dir = logDir(n);
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", Integer.toString(n.id));
    p.put("controller.quorum.voters", voters);
    p.put("listeners", "PLAINTEXT://" + HOST + ":" + n.port + ",CONTROLLER://" + HOST + ":" + n.controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + n.port);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", dir.toString());
    p.put("metadata.log.dir", dir.toString());
    // Production durability, scaled to the cluster: replication 3, min.insync.replicas 2.
    p.put("default.replication.factor", rf);
    p.put("min.insync.replicas", minIsr);
    p.put("offsets.topic.replication.factor", rf);
    p.put("offsets.topic.num.partitions", "6");
    p.put("transaction.state.log.replication.factor", rf);
    p.put("transaction.state.log.min.isr", minIsr);
    p.put("transaction.state.log.num.partitions", "6");
    // A crashed instance leaves a transaction open; abort it soon after it times out.
    p.put("transaction.abort.timed.out.transaction.cleanup.interval.ms", "2000");
    p.put("share.coordinator.state.topic.replication.factor", rf);
    p.put("share.coordinator.state.topic.min.isr", minIsr);
    p.put("unclean.leader.election.enable", "false");
    p.put("auto.create.topics.enable", "false");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("num.partitions", "1");
    // Small: several nodes share this JVM and two cores.
    p.put("num.network.threads", "2");
    p.put("num.io.threads", "2");
    p.put("num.replica.fetchers", "1");
    p.put("background.threads", "2");
    p.put("log.cleaner.threads", "1");
    p.put("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024));
    // A node that left is noticed within seconds, not the default 9 s.
    p.put("broker.session.timeout.ms", "3000");
    p.put("broker.heartbeat.interval.ms", "500");
    p.put("controlled.shutdown.enable", "true");
    return p;
  }

  /** One node: its id, its fixed ports and, while it runs, its server. */
  private static final class Node {
    final int id;
    final int port;
    final int controllerPort;
    KafkaRaftServer server;

    Node(int id, int port, int controllerPort) {
      this.id = id;
      this.port = port;
      this.controllerPort = controllerPort;
    }
  }
}
