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
   * @param token bearer token required by POST /api/articles, or null for none
   */
  public record Config(ClientConfig client, int httpPort, String token) {
    public Config validated() {
      client.requireRegistry();
      if (httpPort < 0 || httpPort > 65_535) {
        throw new UserException("--http-port must be between 0 and 65535, got " + httpPort);
      }
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
      WebServer server = WebRole.listen(c.httpPort(), List.of(
          new ArticleIngestRoutes(producer, new IngestStats(), ArticleIngestRoutes.DEFAULT_MAX_BYTES, c.token()),
          new HealthRoutes(checks), new WebMetrics()));
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
