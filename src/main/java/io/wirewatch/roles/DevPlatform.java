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
import io.wirewatch.web.auth.ApiTokens;
import io.wirewatch.web.auth.HttpExposure;
import io.wirewatch.alert.secrets.SecretKeys;
import io.wirewatch.enrich.RuleSet;
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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
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
  private EmbeddedKafka kafka;
  private EmbeddedSchemaRegistry registry;
  private EnrichRole enrich;
  private AlertingRole alerting;
  private WebRole web;

  private DevPlatform() {}

  /** Starts everything; {@code out} receives the lines a user should see. */
  public static DevPlatform start(Settings s, Consumer<String> out) {
    long t0 = System.nanoTime();
    DevPlatform p = new DevPlatform();
    try {
      p.kafka = EmbeddedKafka.start(EmbeddedKafka.Config.builder()
          .dataDir(s.dataDir()).kafkaPort(s.kafkaPort()).build());
      p.started.push(p.kafka);
      out.accept("Kafka broker up on " + p.kafka.bootstrapServers() + " (data in "
          + s.dataDir().toAbsolutePath() + ")");

      TopicCatalog catalog = TopicCatalog.load(s.topicsFile());
      TopicCatalog single = catalog.withSingleNodeOverrides();
      try (Admin admin = Admin.create(ClientConfig.of(p.kafka.bootstrapServers(), null).admin())) {
        TopicProvisioner prov = new TopicProvisioner(admin);
        TopicProvisioner.Plan plan = prov.plan(single);
        prov.apply(plan);
        out.accept("Topics: " + plan.summary() + " Single-node overrides applied to "
            + catalog.topics().size() + " topics (replication 3 → 1, min.insync.replicas 2 → 1).");
      }

      p.registry = startRegistry(p.kafka.bootstrapServers(), s.registryPort());
      p.started.push(p.registry);
      List<String> eventTopics = RuleSet.defaults().topics().stream().map(RuleSet.Topic::id).toList();
      ClientConfig client = ClientConfig.of(p.kafka.bootstrapServers(), p.registry.url());
      Map<String, Integer> ids = SchemaCatalog.registerAll(HttpSchemaRegistryClient.fromConfig(client.registry()),
          eventTopics);
      out.accept("Schema registry up on " + p.registry.url() + " (" + ids.size() + " subjects registered)");

      Path streams = s.dataDir().toAbsolutePath();
      p.enrich = EnrichRole.start(EnrichRole.Config.defaults(client, streams.resolve("streams")));
      p.started.push(p.enrich);
      p.enrich.awaitRunning(Duration.ofSeconds(60));
      out.accept("Enrichment running (exactly-once): " + io.wirewatch.topics.TopicNames.ARTICLES_RAW + " → "
          + io.wirewatch.topics.TopicNames.ARTICLES_ENRICHED + " + news.topic.*");

      SecretKeys keys = s.keysOrDataDirKey();
      p.alerting = AlertingRole.start(AlertingRole.Config.defaults(client, streams.resolve("streams-alerting")));
      p.started.push(p.alerting);
      for (ChannelType channel : List.of(ChannelType.CONSOLE, ChannelType.WEBHOOK, ChannelType.SLACK)) {
        // dev runs on one machine: webhooks to this machine (a local bot, a test receiver) are allowed
        DeliveryConfig dc = DeliveryConfig.defaults(channel).withAllowLoopback(true)
            .withLinks(s.httpPort() > 0 ? AlertLinks.to("http://localhost:" + s.httpPort() + "/") : AlertLinks.NONE)
            .withConsole(line -> out.accept("ALERT " + line));
        p.started.push(DeliveryRole.start(new DeliveryRole.Config(client, dc, keys), DeliveryListener.NONE));
      }
      p.alerting.awaitRunning(Duration.ofSeconds(60));
      out.accept("Alerting running: stories, surges, alerts; delivery to console, webhooks and Slack");

      // dev listens on 127.0.0.1 unless told --http-host; beyond that it warns rather than refuses
      p.web = WebRole.start(new WebRole.Config(client, s.httpPort(), null).withHttp(s.http(), true)
          .withSecrets(keys).withTokens(s.tokens() == null ? ApiTokens.none() : s.tokens())
          .withWebhookGuard(new AddressGuard(true, false)), // as dev's delivery: webhooks to this machine allowed
          List.of(
          ReadinessCheck.streams("enrichment", () -> p.enrich.app().state()),
          ReadinessCheck.streams("alerting", () -> p.alerting.state())));
      p.started.push(p.web);
      String warning = s.http().warning(s.tokens() != null && s.tokens().present());
      if (warning != null) {
        out.accept(warning);
      }
      out.accept("Dashboard on http://localhost:" + p.web.port() + "/ (API: /api/openapi.json, metrics: /metrics)");

      if (s.demo()) {
        DemoFeeder demo = new DemoFeeder(p.web.producer(), Duration.ofMillis(1500));
        p.started.push(demo);
        demo.start();
        out.accept("Demo: feeding the bundled sample articles, one every 1.5 s — watch the dashboard");
      }

      long ms = (System.nanoTime() - t0) / 1_000_000;
      out.accept("Wirewatch is ready in " + ms + " ms · Kafka localhost:" + p.kafka.port()
          + " · Schema registry " + p.registry.url() + " · Dashboard http://localhost:" + p.web.port()
          + " · Press Ctrl-C to stop.");
      return p;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.close();
      throw new IllegalStateException("interrupted while starting", e);
    } catch (RuntimeException e) {
      p.close();
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
  public synchronized void close() {
    while (!started.isEmpty()) {
      AutoCloseable c = started.pop();
      try {
        c.close();
      } catch (Exception e) {
        log.warn("error while stopping {}: {}", c.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
