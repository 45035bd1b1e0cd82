package io.wirewatch.roles;

import io.wirewatch.UserException;
import io.wirewatch.alert.delivery.AlertLinks;
import io.wirewatch.client.ClientConfig;
import io.wirewatch.alert.delivery.AddressGuard;
import io.wirewatch.alert.delivery.DeliveryConfig;
import io.wirewatch.alert.delivery.DeliveryListener;
import io.wirewatch.avro.ChannelType;
import io.wirewatch.ingest.DemoFeeder;
import io.wirewatch.web.ReadinessCheck;
import io.wirewatch.web.WebMetrics;
import io.wirewatch.enrich.Enricher;
import io.wirewatch.web.auth.ApiTokens;
import io.wirewatch.web.auth.HttpExposure;
import io.wirewatch.alert.secrets.SecretKeys;
import io.wirewatch.enrich.RuleSet;
import org.rocksdb.RocksDB;
import io.wirewatch.platform.EmbeddedKafka;
import io.wirewatch.platform.registry.EmbeddedSchemaRegistry;
import io.wirewatch.registry.HttpSchemaRegistryClient;
import io.wirewatch.registry.SchemaCatalog;
import java.net.BindException;
import java.time.Duration;
import java.util.Map;
import io.wirewatch.topics.TopicCatalog;
import io.wirewatch.topics.TopicProvisioner;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executors;
import io.wirewatch.topics.TopicNames;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.internals.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything of {@code wirewatch dev} in one JVM: the embedded broker, the topics, and every role
 * started through the same role classes (and config records) a deployment uses: enrich, alerting,
 * delivery (console, webhook, Slack) and web (which carries HTTP ingest). Started in order,
 * stopped in reverse order.
 */
public final class DevPlatform implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DevPlatform.class);

  /** What {@code dev} was asked to run. */
  public record Settings(Path dataDir, int kafkaPort, int registryPort, int httpPort, Path topicsFile,
      boolean demo, HttpExposure http, SecretKeys secrets, ApiTokens tokens) {
    public Settings(Path dataDir, int kafkaPort, int registryPort, int httpPort, Path topicsFile, boolean demo) {
      this(dataDir, kafkaPort, registryPort, httpPort, topicsFile, demo, new HttpExposure(HttpExposure.LOOPBACK),
          SecretKeys.none(), ApiTokens.none());
    }

    /** The keys given, or else the key file in the data directory (created on first start). */
    SecretKeys keysOrDataDirKey() {
      return secrets != null && secrets.present() ? secrets : SecretKeys.loadOrCreate(dataDir.resolve("secrets.key"));
    }
  }

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  /** Set by {@link #close}: a role that a parallel start step finishes afterwards is closed at once. */
  private boolean closed;
  private EmbeddedKafka kafka;
  private volatile EmbeddedSchemaRegistry registry;
  private volatile EnrichRole enrich;
  private volatile AlertingRole alerting;
  private volatile WebRole web;

  private DevPlatform() {}

  /**
   * Starts everything; {@code out} receives the lines a user should see.
   *
   * <p>After the broker, work that does not depend on each other runs side by side: topics and
   * the schema registry; then the enrichment, the alerting with its delivery, and the web role,
   * whose Streams applications spend most of their start waiting on group joins and transactions.
   * The ready line is printed once both Streams applications are running and the web role listens.
   */
  public static DevPlatform start(Settings s, Consumer<String> out) {
    DevPlatform p = new DevPlatform();
    ExecutorService pool = Executors.newFixedThreadPool(6, r -> {
      Thread t = new Thread(r, "wirewatch-dev-start");
      t.setDaemon(true);
      return t;
    });
    try {
      // the process's metrics registry exists before any role registers a meter in it
      WebMetrics.prometheus();
      // CPU work that needs no broker runs on the other core while the broker starts: the rules
      // and gazetteer, and the native library of the Streams state stores
      CompletableFuture<Enricher> enricher =
          CompletableFuture.supplyAsync(() -> EnrichRole.loadEnricher(EnrichRole.Options.defaults()), pool);
      CompletableFuture.runAsync(RocksDB::loadLibrary, pool);
      p.kafka = EmbeddedKafka.start(EmbeddedKafka.Config.builder()
          .dataDir(s.dataDir()).kafkaPort(s.kafkaPort()).build());
      p.started(p.kafka);
      out.accept("Kafka broker up on " + p.kafka.bootstrapServers() + " (data in "
          + s.dataDir().toAbsolutePath() + ")");
      String bootstrap = p.kafka.bootstrapServers();

      CompletableFuture<Void> topics = CompletableFuture.runAsync(() -> {
        TopicCatalog catalog = TopicCatalog.load(s.topicsFile());
        try (Admin admin = Admin.create(ClientConfig.of(bootstrap, null).admin())) {
          TopicProvisioner prov = new TopicProvisioner(admin);
          TopicProvisioner.Plan plan = prov.plan(catalog.withSingleNodeOverrides());
          prov.apply(plan);
          out.accept("Topics: " + plan.summary() + " Single-node overrides applied to "
              + catalog.topics().size() + " topics (replication 3 → 1, min.insync.replicas 2 → 1).");
          createCoordinatorTopics(admin);
        }
      }, pool);
      CompletableFuture<ClientConfig> registered = CompletableFuture.supplyAsync(() -> {
        p.registry = p.started(startRegistry(bootstrap, s.registryPort()));
        List<String> eventTopics = enricher.join().rules().topics().stream().map(RuleSet.Topic::id).toList();
        // One machine, one member per group: if a stopped dev could not leave its Streams groups
        // (a crash, a kill), the restarted one waits for the old member's session, so keep it short.
        ClientConfig client = ClientConfig.of(bootstrap, p.registry.url())
            .with(StreamsConfig.mainConsumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), "10000")
            .with(StreamsConfig.mainConsumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), "2000");
        Map<String, Integer> ids = SchemaCatalog.registerAll(
            HttpSchemaRegistryClient.fromConfig(client.registry()), eventTopics, pool);
        out.accept("Schema registry up on " + p.registry.url() + " (" + ids.size() + " subjects registered)");
        return client;
      }, pool);
      ClientConfig client = join(topics.thenCombine(registered, (t, c) -> c));

      Path streams = s.dataDir().toAbsolutePath();
      CompletableFuture<Void> enrichment = CompletableFuture.runAsync(() -> {
        p.enrich = p.started(EnrichRole.start(EnrichRole.Config.defaults(client, streams.resolve("streams")),
            enricher.join()));
        await(() -> p.enrich.awaitRunning(Duration.ofSeconds(60)));
        out.accept("Enrichment running (exactly-once): " + TopicNames.ARTICLES_RAW + " → "
            + TopicNames.ARTICLES_ENRICHED + " + news.topic.*");
      }, pool);
      SecretKeys keys = s.keysOrDataDirKey();
      CompletableFuture<Void> alerting = CompletableFuture.runAsync(() -> {
        p.alerting = p.started(AlertingRole.start(AlertingRole.Config.defaults(client, streams.resolve("streams-alerting"))));
        for (ChannelType channel : List.of(ChannelType.CONSOLE, ChannelType.WEBHOOK, ChannelType.SLACK)) {
          // dev runs on one machine: webhooks to this machine (a local bot, a test receiver) are allowed
          DeliveryConfig dc = DeliveryConfig.defaults(channel).withAllowLoopback(true)
              .withLinks(s.httpPort() > 0 ? AlertLinks.to("http://localhost:" + s.httpPort() + "/") : AlertLinks.NONE)
              .withConsole(line -> out.accept("ALERT " + line));
          p.started(DeliveryRole.start(new DeliveryRole.Config(client, dc, keys), DeliveryListener.NONE));
        }
        await(() -> p.alerting.awaitRunning(Duration.ofSeconds(60)));
        out.accept("Alerting running: stories, surges, alerts; delivery to console, webhooks and Slack");
      }, pool);
      CompletableFuture<Void> web = CompletableFuture.runAsync(() -> {
        // dev listens on 127.0.0.1 unless told --http-host; beyond that it warns rather than refuses
        p.web = p.started(WebRole.start(new WebRole.Config(client, s.httpPort(), null).withHttp(s.http(), true)
            .withSecrets(keys).withTokens(s.tokens() == null ? ApiTokens.none() : s.tokens())
            .withWebhookGuard(new AddressGuard(true, false)), // as dev's delivery: webhooks to this machine allowed
            List.of(
                ReadinessCheck.streams("enrichment", () -> p.enrich == null ? null : p.enrich.app().state()),
                ReadinessCheck.streams("alerting", () -> p.alerting == null ? null : p.alerting.state()))));
        String warning = s.http().warning(s.tokens() != null && s.tokens().present());
        if (warning != null) {
          out.accept(warning);
        }
        out.accept("Dashboard on http://localhost:" + p.web.port() + "/ (API: /api/openapi.json, metrics: /metrics)");
      }, pool);
      join(CompletableFuture.allOf(enrichment, alerting, web));

      if (s.demo()) {
        DemoFeeder demo = p.started(new DemoFeeder(p.web.producer(), Duration.ofMillis(1500)));
        demo.start();
        out.accept("Demo: feeding the bundled sample articles, one every 1.5 s — watch the dashboard");
      }

      out.accept("Wirewatch is ready in " + sinceJvmStart() + " ms after start · Kafka localhost:" + p.kafka.port()
          + " · Schema registry " + p.registry.url() + " · Dashboard http://localhost:" + p.web.port()
          + " · Press Ctrl-C to stop.");
      return p;
    } catch (RuntimeException e) {
      p.close();
      throw e;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Creates the broker's group and transaction topics before any role looks for a coordinator,
   * with the partition counts and settings the broker itself would use. Otherwise the roles,
   * started side by side, all ask the broker to create them at once, and the broker warns about
   * each request that lost the race.
   */
  private static void createCoordinatorTopics(Admin admin) {
    try {
      Set<String> existing = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get(60, TimeUnit.SECONDS);
      Collection<Node> nodes = admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
      ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, nodes.iterator().next().idString());
      Config config = admin.describeConfigs(List.of(broker)).all().get(60, TimeUnit.SECONDS).get(broker);
      List<NewTopic> wanted = new ArrayList<>();
      if (!existing.contains(Topic.GROUP_METADATA_TOPIC_NAME)) {
        wanted.add(new NewTopic(Topic.GROUP_METADATA_TOPIC_NAME,
            Integer.parseInt(config.get("offsets.topic.num.partitions").value()),
            Short.parseShort(config.get("offsets.topic.replication.factor").value()))
            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.COMPRESSION_TYPE_CONFIG, "producer",
                TopicConfig.SEGMENT_BYTES_CONFIG, config.get("offsets.topic.segment.bytes").value())));
      }
      if (!existing.contains(Topic.TRANSACTION_STATE_TOPIC_NAME)) {
        wanted.add(new NewTopic(Topic.TRANSACTION_STATE_TOPIC_NAME,
            Integer.parseInt(config.get("transaction.state.log.num.partitions").value()),
            Short.parseShort(config.get("transaction.state.log.replication.factor").value()))
            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, config.get("transaction.state.log.min.isr").value(),
                TopicConfig.UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG, "false",
                TopicConfig.SEGMENT_BYTES_CONFIG, config.get("transaction.state.log.segment.bytes").value())));
      }
      if (wanted.isEmpty()) {
        return;
      }
      admin.createTopics(wanted).all().get(60, TimeUnit.SECONDS);
      List<String> names = wanted.stream().map(NewTopic::name).toList();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline && !allHaveLeaders(admin, names)) {
        Thread.sleep(20);
      }
    } catch (ExecutionException | TimeoutException e) {
      // the broker then creates them on first use, as it always can
      log.debug("could not create the coordinator topics up front: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean allHaveLeaders(Admin admin, List<String> topics) throws InterruptedException {
    try {
      return admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
          .flatMap(d -> d.partitions().stream()).allMatch(p -> p.leader() != null && !p.leader().isEmpty());
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }

  /** Milliseconds since this JVM started (what a user waits from pressing enter). */
  private static long sinceJvmStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  private <T extends AutoCloseable> T started(T role) {
    synchronized (this) {
      if (!closed) {
        started.push(role);
        return role;
      }
    }
    // another start step failed and everything was stopped while this one was still starting
    try {
      role.close();
    } catch (Exception e) {
      log.warn("error while stopping {}: {}", role.getClass().getSimpleName(), e.toString());
    }
    throw new IllegalStateException("dev was stopped while " + role.getClass().getSimpleName() + " was starting");
  }

  private interface Wait {
    void run() throws InterruptedException;
  }

  private static void await(Wait w) {
    try {
      w.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting", e);
    }
  }

  /** The future's value; a failure of one start step is rethrown as itself, not wrapped. */
  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private static EmbeddedSchemaRegistry startRegistry(String bootstrap, int port) {
    try {
      return EmbeddedSchemaRegistry.start(bootstrap, port);
    } catch (RuntimeException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof BindException) {
          throw new UserException("port " + port + " is already in use, so the schema registry cannot listen on it: "
              + "stop the process that holds it, or choose another port with --registry-port", e);
        }
      }
      throw e;
    }
  }

  @Override
  public void close() {
    while (true) {
      AutoCloseable c;
      synchronized (this) {
        closed = true;
        if (started.isEmpty()) {
          return;
        }
        c = started.pop();
      }
      try {
        c.close();
      } catch (Exception e) {
        log.warn("error while stopping {}: {}", c.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
