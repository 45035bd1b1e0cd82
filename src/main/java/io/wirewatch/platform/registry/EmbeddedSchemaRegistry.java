package io.wirewatch.platform.registry;

import com.sun.net.httpserver.HttpServer;
import io.wirewatch.UserException;
import io.wirewatch.topics.TopicNames;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Confluent-compatible schema registry (Avro only) that keeps its state in the {@code _schemas}
 * topic of a Kafka cluster, for {@code wirewatch dev} and tests. Official Confluent clients in any
 * language can use it unchanged. Ids, versions, configs and deletes survive restarts: the state is
 * rebuilt from the topic before the server answers.
 *
 * <pre>{@code
 * try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
 *   String url = registry.url(); // e.g. http://127.0.0.1:40123
 * }
 * }</pre>
 *
 * <p>It listens on the loopback interface only and has no authentication. It assumes it is the
 * only writer of the topic. Thread-safe.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);

  private final HttpServer server;
  private final ExecutorService executor;
  private final RegistryLog log;
  private final String url;

  private EmbeddedSchemaRegistry(HttpServer server, ExecutorService executor, RegistryLog log) {
    this.server = server;
    this.executor = executor;
    this.log = log;
    this.url = "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  /**
   * Loads the registry's state from the {@code _schemas} topic (creating the topic when missing)
   * and starts serving.
   *
   * @param bootstrapServers the Kafka cluster that holds the {@code _schemas} topic
   * @param port the HTTP port, 0 for any free one
   * @throws UserException when Kafka is unreachable or the port is taken
   */
  public static EmbeddedSchemaRegistry start(String bootstrapServers, int port) {
    return start(bootstrapServers, port, TopicNames.SCHEMAS);
  }

  /** As {@link #start(String, int)} with another storage topic: for tests that need a fresh registry. */
  static EmbeddedSchemaRegistry start(String bootstrapServers, int port, String topic) {
    RegistryState state = new RegistryState();
    RegistryLog log = KafkaRegistryLog.open(bootstrapServers, topic, state);
    try {
      return serve(state, log, port);
    } catch (RuntimeException e) {
      log.close();
      throw e;
    }
  }

  /** A registry whose state lives only in memory: for unit tests. */
  static EmbeddedSchemaRegistry startInMemory() {
    RegistryState state = new RegistryState();
    return serve(state, new InMemoryRegistryLog(state), 0);
  }

  private static EmbeddedSchemaRegistry serve(RegistryState state, RegistryLog log, int port) {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UserException(
          "couldn't start the schema registry on port " + port + ": " + e.getMessage()
              + " (is another registry running? pick another port)",
          e);
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(4, task -> {
      Thread thread = new Thread(task, "schema-registry-http-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", new RegistryHttpHandler(new RegistryService(state, log)));
    server.start();
    EmbeddedSchemaRegistry registry = new EmbeddedSchemaRegistry(server, executor, log);
    LOG.info("Schema registry listening at {}", registry.url());
    return registry;
  }

  /** The base URL clients use as {@code schema.registry.url}, e.g. {@code http://127.0.0.1:8081}. */
  public String url() {
    return url;
  }

  /** Stops serving and releases the Kafka clients; the state stays in the topic. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    log.close();
  }
}
