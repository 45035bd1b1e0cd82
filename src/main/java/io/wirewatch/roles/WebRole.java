package io.wirewatch.roles;

import io.wirewatch.client.ClientConfig;

import io.javalin.config.JavalinConfig;
import io.wirewatch.web.ConsumerLagPoller;
import io.wirewatch.web.DashboardRoutes;
import io.wirewatch.web.HealthRoutes;
import io.wirewatch.web.LiveFeed;
import io.wirewatch.web.ReadinessCheck;
import io.wirewatch.web.StreamRoutes;
import io.wirewatch.web.WebMetrics;
import io.wirewatch.web.WebServer;
import io.wirewatch.alert.secrets.SecretKeys;
import io.wirewatch.web.auth.ApiTokens;
import io.wirewatch.web.auth.HttpExposure;
import io.wirewatch.web.auth.Scope;
import io.wirewatch.web.auth.WebGuard;
import io.wirewatch.alert.http.SubscriptionQuota;
import io.wirewatch.alert.delivery.AddressGuard;
import io.wirewatch.UserException;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.Story;
import io.wirewatch.avro.Surge;
import io.wirewatch.registry.AvroSerdes;
import io.wirewatch.registry.HttpSchemaRegistryClient;
import io.wirewatch.registry.SchemaRegistryClient;
import java.net.BindException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web role: the HTTP server with the dashboard, the live feed (read from Kafka with Avro serdes
 * on the schema registry), health and readiness, Prometheus metrics and the consumer-lag gauge.
 * Other roles add their routes and readiness checks.
 *
 * <pre>{@code
 * try (WebRole web = WebRole.start(new WebRole.Settings(clientProps, 8080),
 *     List.of(ingestRoutes, subscriptionRoutes, historyRoutes),
 *     List.of(ReadinessCheck.streams("enrichment", enrich::state)))) { ... }
 * }</pre>
 */
public final class WebRole implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WebRole.class);
  /** How often the consumer lag of the wirewatch-* groups is polled. */
  public static final Duration LAG_INTERVAL = Duration.ofSeconds(10);

  /**
   * @param client bootstrap.servers, schema.registry.url and any TLS/SASL or registry-auth settings
   * @param httpPort the HTTP port (0 picks a free one)
   */
  public record Settings(Properties client, int httpPort, int feedCapacity) {
    public Settings(Properties client, int httpPort) {
      this(client, httpPort, LiveFeed.DEFAULT_CAPACITY);
    }
  }

  /**
   * What {@code wirewatch web} runs.
   *
   * @param client connection settings (a registry URL is required)
   * @param httpPort the HTTP port (0 picks a free one)
   * @param ingestToken a plaintext token of scope ingest (for POST /api/articles), or null for none;
   *     hashes in {@code tokens} are preferred
   * @param http the address to listen on
   * @param insecureNoAuth serve beyond this machine with no tokens ({@code --insecure-no-auth}; {@code dev}
   *     warns instead)
   * @param secrets keys that seal webhook secrets before they reach news.subscriptions (and open them)
   * @param tokens the API tokens (SHA-256 hashes with scopes); none leaves the API open
   * @param limits request rates, live-feed connections, header and body sizes, JSON depth, idle bodies
   * @param maxSubscriptions the most subscriptions POST /api/subscriptions keeps
   * @param webhookGuard checks the webhook URL of a new subscription as delivery will: give it the same
   *     allowances as the delivery role
   */
  public record Config(ClientConfig client, int httpPort, String ingestToken, HttpExposure http,
      boolean insecureNoAuth, SecretKeys secrets, ApiTokens tokens, WebGuard.Limits limits, int maxSubscriptions,
      AddressGuard webhookGuard) {
    /** Listening on 127.0.0.1 only, with no secrets key, no tokens and the default limits. */
    public Config(ClientConfig client, int httpPort, String ingestToken) {
      this(client, httpPort, ingestToken, new HttpExposure(HttpExposure.LOOPBACK), false, SecretKeys.none(),
          ApiTokens.none(), WebGuard.Limits.defaults(), SubscriptionQuota.DEFAULT_MAX,
          new AddressGuard(false, false));
    }

    /** Listening on {@code http}; beyond this machine with no tokens only if {@code insecureNoAuth}. */
    public Config withHttp(HttpExposure http, boolean insecureNoAuth) {
      return new Config(client, httpPort, ingestToken, http, insecureNoAuth, secrets, tokens, limits,
          maxSubscriptions, webhookGuard);
    }

    /** Sealing and opening webhook secrets with {@code secrets}. */
    public Config withSecrets(SecretKeys secrets) {
      return new Config(client, httpPort, ingestToken, http, insecureNoAuth, secrets, tokens, limits,
          maxSubscriptions, webhookGuard);
    }

    /** Requiring {@code tokens} (with the scopes they carry). */
    public Config withTokens(ApiTokens tokens) {
      return new Config(client, httpPort, ingestToken, http, insecureNoAuth, secrets, tokens, limits,
          maxSubscriptions, webhookGuard);
    }

    /** With {@code limits}, keeping at most {@code maxSubscriptions} subscriptions. */
    public Config withLimits(WebGuard.Limits limits, int maxSubscriptions) {
      return new Config(client, httpPort, ingestToken, http, insecureNoAuth, secrets, tokens, limits,
          maxSubscriptions, webhookGuard);
    }

    /** Checking new webhook URLs with {@code webhookGuard} (delivery's allowances). */
    public Config withWebhookGuard(AddressGuard webhookGuard) {
      return new Config(client, httpPort, ingestToken, http, insecureNoAuth, secrets, tokens, limits,
          maxSubscriptions, webhookGuard);
    }

    /** The tokens in force: {@code tokens}, plus {@code ingestToken} as a token of scope ingest. */
    public ApiTokens effectiveTokens() {
      return ingestToken == null || ingestToken.isEmpty() ? tokens : tokens.plus(ingestToken, Scope.INGEST);
    }

    /**
     * @throws UserException for a bad port or subscription cap, a missing registry URL, or an address
     *     beyond this machine with no tokens and no {@code --insecure-no-auth}
     */
    public Config validated() {
      client.requireRegistry();
      if (httpPort < 0 || httpPort > 65_535) {
        throw new UserException("--http-port must be between 0 and 65535, got " + httpPort);
      }
      if (maxSubscriptions < 1) {
        throw new UserException("the subscription cap must be at least 1, got " + maxSubscriptions);
      }
      http.requireTokensUnlessLoopback(effectiveTokens().present(), insecureNoAuth);
      return this;
    }
  }

  private final List<AutoCloseable> started = new ArrayList<>();
  private LiveFeed feed;
  private ApiRoutes api;
  private WebServer server;

  private WebRole() {}

  /**
   * Starts the web role with every feature's endpoints: ingest (POST /api/articles),
   * subscriptions, recent history, the dashboard and the live feed.
   *
   * @param checks readiness checks beyond Kafka and the registry (e.g. Streams state in {@code dev})
   */
  public static WebRole start(Config c, List<ReadinessCheck> checks) {
    c.validated();
    // the guard checks every token, POST /api/articles included, so the ingest routes check none
    ApiRoutes api = ApiRoutes.start(c.client(), null, c.secrets(), c.maxSubscriptions(), c.webhookGuard());
    try {
      List<Consumer<JavalinConfig>> routes = new ArrayList<>(api.routes());
      routes.add(0, new WebGuard(c.effectiveTokens(), c.limits()));
      routes.add(c.http());
      WebRole web = start(new Settings(c.client().settings(), c.httpPort()), routes, checks, api.taps());
      web.started.add(api);
      web.api = api;
      return web;
    } catch (RuntimeException e) {
      api.close();
      throw e;
    }
  }

  /**
   * Starts the HTTP server, the live feed and health on its own; other roles add their routes.
   *
   * @param routes routes of other roles (POST /api/articles, /api/subscriptions, history...)
   * @param checks readiness checks beyond Kafka and the registry (e.g. Streams state)
   * @throws UserException when the port is taken or no registry URL is configured
   */
  public static WebRole start(Settings s, List<Consumer<JavalinConfig>> routes, List<ReadinessCheck> checks) {
    return start(s, routes, checks, LiveFeed.Taps.NONE);
  }

  /** As above, the feed's reader also filling {@code taps} (so each topic is read once). */
  static WebRole start(Settings s, List<Consumer<JavalinConfig>> routes, List<ReadinessCheck> checks,
      LiveFeed.Taps taps) {
    String registryUrl = s.client().getProperty("schema.registry.url");
    if (registryUrl == null || registryUrl.isBlank()) {
      throw new UserException("no schema registry URL: pass --schema-registry-url (or set WIREWATCH_SCHEMA_REGISTRY_URL)");
    }
    WebRole r = new WebRole();
    try {
      Map<String, Object> serde = new HashMap<>();
      s.client().forEach((k, v) -> serde.put(String.valueOf(k), v));
      SchemaRegistryClient registry = HttpSchemaRegistryClient.fromConfig(serde);
      LiveFeed.Deserializers d = new LiveFeed.Deserializers(
          AvroSerdes.specific(EnrichedArticle.class, registry, serde, false).deserializer(),
          AvroSerdes.specific(Alert.class, registry, serde, false).deserializer(),
          AvroSerdes.specific(Story.class, registry, serde, false).deserializer(),
          AvroSerdes.specific(Surge.class, registry, serde, false).deserializer());

      Admin admin = Admin.create(adminProps(s.client()));
      r.started.add(admin);
      r.feed = new LiveFeed(s.feedCapacity(), java.time.Clock.systemUTC());
      r.started.add(r.feed);
      r.started.add(0, r.feed.startKafka(s.client(), d, taps));
      r.started.add(0, new ConsumerLagPoller(admin, WebMetrics.prometheus(), "wirewatch-").start(LAG_INTERVAL));

      List<ReadinessCheck> all = new ArrayList<>();
      all.add(ReadinessCheck.kafka(admin, s.client().getProperty(ClientConfig.BOOTSTRAP_SERVERS)));
      all.add(ReadinessCheck.registry(registryUrl));
      all.addAll(checks);
      List<Consumer<JavalinConfig>> everything = new ArrayList<>();
      everything.add(new DashboardRoutes());
      everything.add(new HealthRoutes(all));
      everything.add(new WebMetrics());
      everything.add(new StreamRoutes(r.feed));
      everything.addAll(routes);
      r.server = listen(s.httpPort(), everything);
      r.started.add(0, r.server);
      return r;
    } catch (RuntimeException e) {
      r.close();
      throw e;
    }
  }

  /** A server on {@code port}; a taken port is a {@link UserException} that names --http-port. */
  static WebServer listen(int port, List<Consumer<JavalinConfig>> routes) {
    try {
      return WebServer.start(port, routes);
    } catch (RuntimeException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof BindException) {
          throw new UserException("port " + port + " is already in use, so the dashboard cannot listen on it: "
              + "stop the process that holds it, or choose another port with --http-port", e);
        }
      }
      throw e;
    }
  }

  static Properties adminProps(Properties client) {
    return ClientConfig.of(client).admin();
  }

  /** The producer behind POST /api/articles (dev's demo feeder posts through it too), or null. */
  public io.wirewatch.ingest.ArticleProducer producer() {
    return api == null ? null : api.producer();
  }

  /** The HTTP port. */
  public int port() {
    return server.port();
  }

  /** The live feed (to publish into it directly, e.g. from a role in the same JVM). */
  public LiveFeed feed() {
    return feed;
  }

  /** Stops the server (open streams first), the feed consumer, the lag poller and the admin client. */
  @Override
  public synchronized void close() {
    for (AutoCloseable c : started) {
      try {
        c.close();
      } catch (Exception e) {
        log.warn("error while stopping {}: {}", c.getClass().getSimpleName(), e.toString());
      }
    }
    started.clear();
  }
}
