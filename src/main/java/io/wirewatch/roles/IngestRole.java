package io.wirewatch.roles;

import io.wirewatch.UserException;
import io.wirewatch.client.ClientConfig;
import io.wirewatch.ingest.ArticleProducer;
import io.wirewatch.ingest.IngestRuntime;
import io.wirewatch.ingest.IngestStats;
import io.wirewatch.ingest.http.ArticleIngestRoutes;
import io.wirewatch.web.HealthRoutes;
import io.wirewatch.web.ReadinessCheck;
import io.wirewatch.web.WebMetrics;
import io.wirewatch.web.WebServer;
import io.wirewatch.web.auth.ApiTokens;
import io.wirewatch.web.auth.HttpExposure;
import io.wirewatch.web.auth.Scope;
import io.wirewatch.web.auth.WebGuard;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/**
 * The HTTP ingest role: {@code POST /api/articles} into news.articles.raw through the idempotent
 * article producer, with {@code /health}, {@code /ready} and {@code /metrics}. Its revision memory
 * is read back from news.ingest.seen at start, so instances (and restarts) do not post an unchanged
 * article twice. Run as many as you like behind a load balancer.
 */
public final class IngestRole implements AutoCloseable {
  /** How long start-up may take to read back what ingest has already posted. */
  static final Duration MEMORY_LOAD_TIMEOUT = Duration.ofSeconds(60);

  /**
   * @param client connection settings (a registry URL is required: articles are Avro)
   * @param httpPort the HTTP port (0 picks a free one)
   * @param token a plaintext token of scope ingest for POST /api/articles, or null; hashes in
   *     {@code tokens} are preferred
   * @param http the address to listen on
   * @param insecureNoAuth serve beyond this machine with no tokens ({@code --insecure-no-auth})
   * @param tokens the API tokens (SHA-256 hashes with scopes), as the web role takes them
   */
  public record Config(ClientConfig client, int httpPort, String token, HttpExposure http, boolean insecureNoAuth,
      ApiTokens tokens) {
    /** Listening on 127.0.0.1 only. */
    public Config(ClientConfig client, int httpPort, String token) {
      this(client, httpPort, token, new HttpExposure(HttpExposure.LOOPBACK), false, ApiTokens.none());
    }

    /** Listening on {@code http}, requiring {@code tokens}; beyond this machine with none only if {@code insecureNoAuth}. */
    public Config withAccess(HttpExposure http, boolean insecureNoAuth, ApiTokens tokens) {
      return new Config(client, httpPort, token, http, insecureNoAuth, tokens);
    }

    /** The tokens in force: {@code tokens}, plus {@code token} as a token of scope ingest. */
    public ApiTokens effectiveTokens() {
      return token == null || token.isEmpty() ? tokens : tokens.plus(token, Scope.INGEST);
    }

    public Config validated() {
      client.requireRegistry();
      if (httpPort < 0 || httpPort > 65_535) {
        throw new UserException("--http-port must be between 0 and 65535, got " + httpPort);
      }
      http.requireTokensUnlessLoopback(effectiveTokens().present(), insecureNoAuth);
      return this;
    }
  }

  private final ArticleProducer producer;
  private final Admin admin;
  private final WebServer server;

  private IngestRole(ArticleProducer producer, Admin admin, WebServer server) {
    this.producer = producer;
    this.admin = admin;
    this.server = server;
  }

  public static IngestRole start(Config c) {
    c.validated();
    ArticleProducer producer = IngestRuntime.producerWithMemory(c.client().settings(), MEMORY_LOAD_TIMEOUT);
    Admin admin = null;
    try {
      admin = Admin.create(c.client().admin());
      List<ReadinessCheck> checks = List.of(ReadinessCheck.kafka(admin, c.client().bootstrapServers()),
          ReadinessCheck.registry(c.client().registryUrl()));
      // the same guard as the web role's: tokens and scopes, write rate, header size and idle bodies
      WebServer server = WebRole.listen(c.httpPort(), List.of(
          new WebGuard(c.effectiveTokens(), WebGuard.Limits.defaults()),
          new ArticleIngestRoutes(producer, new IngestStats(), ArticleIngestRoutes.DEFAULT_MAX_BYTES, null),
          new HealthRoutes(checks), new WebMetrics(), c.http()));
      return new IngestRole(producer, admin, server);
    } catch (RuntimeException e) {
      producer.close();
      if (admin != null) {
        admin.close();
      }
      throw e;
    }
  }

  public int port() {
    return server.port();
  }

  /** Stops accepting requests, then flushes and closes the producer. */
  @Override
  public void close() {
    server.close();
    producer.close();
    admin.close();
  }
}
