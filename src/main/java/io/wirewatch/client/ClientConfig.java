package io.wirewatch.client;

import io.wirewatch.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The one place where Wirewatch turns connection settings into client settings: producer,
 * consumer, admin, Kafka Streams and schema-registry properties all come from here.
 *
 * <p>The connection settings are what a user gives: {@code --bootstrap-servers} (env
 * {@code WIREWATCH_BOOTSTRAP_SERVERS}), {@code --schema-registry-url} (env
 * {@code WIREWATCH_SCHEMA_REGISTRY_URL}) and a {@code --client-config} properties file with TLS,
 * SASL and registry-auth keys, whose entries win. Each purpose then adds what the code relies on,
 * and some of those settings are not negotiable: every producer is idempotent with
 * {@code acks=all}, every reader sees committed records only.
 *
 * <pre>{@code
 * ClientConfig client = ClientConfig.fromOptions("localhost:9092", "http://localhost:8081", null);
 * try (var producer = new KafkaProducer<>(client.producer("wirewatch-ingest", ClientConfig.Batching.BULK), ...)) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe; every method returns a fresh copy that the caller may change.
 */
public final class ClientConfig {
  public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  /** The environment variables that give defaults to the options (read by the command line). */
  public static final String BOOTSTRAP_ENV = "WIREWATCH_BOOTSTRAP_SERVERS";
  public static final String REGISTRY_ENV = "WIREWATCH_SCHEMA_REGISTRY_URL";

  /**
   * Transactions v2: a write that follows a commit closely can reach a partition before the
   * previous transaction's markers, and the broker answers CONCURRENT_TRANSACTIONS; the producer
   * retries after {@code retry.backoff.ms}, doubling up to {@code retry.backoff.max.ms}. The client
   * defaults (100 ms growing to 1 s) put hundreds of milliseconds on an alert at every hop; the
   * markers are normally written within milliseconds, so short retries cost the broker little.
   */
  static final String TRANSACTIONAL_RETRY_BACKOFF_MS = "10";
  static final String TRANSACTIONAL_RETRY_BACKOFF_MAX_MS = "100";

  /** How a producer batches. */
  public enum Batching {
    /** The client defaults: fine for a few records a second. */
    DEFAULT,
    /**
     * Articles are 5–10 KB: lz4, 256 KiB batches and 10 ms linger. Default batching (16 KiB, 5 ms)
     * was 1.4–1.7× slower for 5 KB records on the reference machine. The client config may
     * override compression and batching.
     */
    BULK,
    /** Every record on its own at once (latency measurements). */
    IMMEDIATE,
    /**
     * A request waits for the write (an HTTP call that stores a subscription): fail within
     * seconds instead of the client's two minutes.
     */
    INTERACTIVE
  }

  /** How a group-less reader fetches. */
  public enum Reading {
    /** A few records at a time (subscriptions, the live feed, revision memory). */
    DEFAULT,
    /** History: large fetches, 500 records a poll, no reset when an offset has gone (the caller seeks). */
    BULK,
    /** A record as soon as it is committed: the broker answers a fetch within 20 ms (latency probes). */
    LATENCY
  }

  private final Map<String, String> settings;

  private ClientConfig(Map<String, String> settings) {
    this.settings = Collections.unmodifiableMap(new TreeMap<>(settings));
  }

  /** Settings as they are, e.g. {@code bootstrap.servers} and {@code schema.registry.url} (tests, embedded platform). */
  public static ClientConfig of(Map<?, ?> settings) {
    Map<String, String> m = new LinkedHashMap<>();
    settings.forEach((k, v) -> {
      if (v != null) {
        m.put(String.valueOf(k), String.valueOf(v));
      }
    });
    return new ClientConfig(m);
  }

  /** Bootstrap servers and registry URL only. */
  public static ClientConfig of(String bootstrapServers, String registryUrl) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(BOOTSTRAP_SERVERS, bootstrapServers);
    if (registryUrl != null) {
      m.put(SCHEMA_REGISTRY_URL, registryUrl);
    }
    return of(m);
  }

  /**
   * The settings of the command-line options: bootstrap servers and registry URL, then the
   * properties file (whose entries win). Every problem is reported at once, naming the option,
   * its environment variable or the key in the file.
   *
   * @param registryUrl null when the command needs no registry
   * @param clientConfigFile null for none
   */
  public static ClientConfig fromOptions(String bootstrapServers, String registryUrl, Path clientConfigFile) {
    Map<String, String> m = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      problems.add("no Kafka bootstrap servers: pass --bootstrap-servers host:port (or set " + BOOTSTRAP_ENV + ")");
    } else {
      m.put(BOOTSTRAP_SERVERS, bootstrapServers.trim());
    }
    if (registryUrl != null && !registryUrl.isBlank()) {
      m.put(SCHEMA_REGISTRY_URL, registryUrl.trim());
    }
    if (clientConfigFile != null) {
      Properties file = new Properties();
      try (InputStream in = Files.newInputStream(clientConfigFile)) {
        file.load(in);
        file.forEach((k, v) -> m.put(String.valueOf(k).trim(), String.valueOf(v).trim()));
      } catch (NoSuchFileException e) {
        problems.add("client config file " + clientConfigFile + " does not exist: check the --client-config path");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the --client-config file " + clientConfigFile, e);
      }
      for (String key : file.stringPropertyNames()) {
        if (String.valueOf(file.get(key)).isBlank()) {
          problems.add(key + " in " + clientConfigFile + " is empty: give it a value or delete the line");
        }
      }
    }
    String fromFile = m.get(BOOTSTRAP_SERVERS);
    if (fromFile != null && !fromFile.isBlank()) {
      for (String server : fromFile.split(",")) {
        String s = server.trim();
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || !s.substring(colon + 1).matches("\\d{1,5}")) {
          problems.add("bootstrap server '" + s + "' is not host:port: write it like localhost:9092 in --bootstrap-servers"
              + " (or " + BOOTSTRAP_ENV + ", or bootstrap.servers in --client-config)");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new UserException(problems.size() == 1 ? problems.get(0)
          : "invalid connection settings:\n  - " + String.join("\n  - ", problems));
    }
    return new ClientConfig(m);
  }

  /** A copy with one more setting (which wins). */
  public ClientConfig with(String key, String value) {
    Map<String, String> m = new LinkedHashMap<>(settings);
    m.put(key, value);
    return new ClientConfig(m);
  }

  public String bootstrapServers() {
    return settings.get(BOOTSTRAP_SERVERS);
  }

  /** The registry URL(s), or null when none was given. */
  public String registryUrl() {
    return settings.get(SCHEMA_REGISTRY_URL);
  }

  /**
   * Fails unless a registry URL is set, naming the option that sets it.
   *
   * @return this
   */
  public ClientConfig requireRegistry() {
    String url = registryUrl();
    if (url == null || url.isBlank()) {
      throw new UserException("no schema registry URL: pass --schema-registry-url (or set " + REGISTRY_ENV
          + ", or schema.registry.url in --client-config)");
    }
    return this;
  }

  /** Every setting as given, Kafka and registry alike (for APIs that take the connection settings). */
  public Properties settings() {
    Properties p = new Properties();
    p.putAll(settings);
    return p;
  }

  /**
   * Serde and registry-client settings ({@code schema.registry.url}, {@code basic.auth.*},
   * {@code auto.register.schemas}...), as the Avro serdes and the registry client read them.
   */
  public Map<String, Object> registry() {
    return new LinkedHashMap<>(settings);
  }

  /**
   * The Kafka client settings: everything except the registry and serde keys, which Kafka clients
   * would log as unknown.
   */
  public Properties kafka() {
    Properties p = new Properties();
    settings.forEach((k, v) -> {
      if (!isRegistryKey(k)) {
        p.put(k, v);
      }
    });
    return p;
  }

  /** True for keys of the registry client and the Avro serdes rather than of Kafka clients. */
  public static boolean isRegistryKey(String key) {
    return key.startsWith("schema.registry") || key.startsWith("basic.auth") || key.startsWith("bearer.auth")
        || key.equals("auto.register.schemas") || key.equals("use.latest.version") || key.equals("normalize.schemas")
        || key.equals("specific.avro.reader");
  }

  /** Admin settings: answers within 10 s, gives up on a call after 15 s. */
  public Properties admin() {
    Properties p = kafka();
    p.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    p.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
    return p;
  }

  /**
   * Producer settings: batching defaults, then the user's settings, then what is not negotiable:
   * idempotence and {@code acks=all} (no acknowledged write is lost while one broker is down).
   */
  public Properties producer(String clientId, Batching batching) {
    Properties p = new Properties();
    switch (batching) {
      case BULK -> {
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        p.put(ProducerConfig.LINGER_MS_CONFIG, "10");
      }
      case IMMEDIATE -> p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
      case INTERACTIVE -> {
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000");
      }
      case DEFAULT -> { }
    }
    p.putAll(kafka());
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    return p;
  }

  /** As {@link #producer(String, Batching)}, with another compression codec (benchmarks compare codecs). */
  public Properties producer(String clientId, Batching batching, String compression) {
    Properties p = producer(clientId, batching);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
    return p;
  }

  /**
   * A reader without a consumer group (it assigns partitions and seeks itself): committed records
   * only, no offsets committed, never creates a topic.
   */
  public Properties reader(String clientId, Reading reading) {
    Properties p = new Properties();
    if (reading == Reading.LATENCY) {
      p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "20");
    }
    if (reading == Reading.BULK) {
      p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
      p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(64 * 1024 * 1024));
      p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(8 * 1024 * 1024));
      p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
      p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
    }
    p.putAll(kafka());
    p.remove(ConsumerConfig.GROUP_ID_CONFIG);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    return p;
  }

  /** A reader that takes {@code maxPollRecords} per poll (bulk loads of small records). */
  public Properties reader(String clientId, int maxPollRecords) {
    Properties p = reader(clientId, Reading.DEFAULT);
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(maxPollRecords));
    return p;
  }

  /** Kafka's default {@code connections.max.idle.ms} (9 minutes). */
  private static final long DEFAULT_CONNECTIONS_MAX_IDLE_MS = 540_000;

  /**
   * A member of consumer group {@code groupId} that commits its offsets itself (after the work is
   * done: at least once), starts from the earliest record when the group has no offset, and reads
   * committed records only.
   *
   * @param maxPollInterval how long handling one poll's records may take before the group gives
   *     the partitions to another member
   */
  public Properties groupConsumer(String groupId, int maxPollRecords, Duration maxPollInterval) {
    Properties p = kafka();
    p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(maxPollRecords));
    p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, Long.toString(maxPollInterval.toMillis()));
    // A member may go maxPollInterval between polls; its connection to the group coordinator must
    // outlive that pause, or the coordinator connection is dropped while the member still holds work.
    long idle = Math.max(DEFAULT_CONNECTIONS_MAX_IDLE_MS, maxPollInterval.toMillis() + 60_000);
    p.put(ConsumerConfig.CONNECTIONS_MAX_IDLE_MS_CONFIG, Long.toString(idle));
    return p;
  }

  /**
   * Kafka Streams settings of an exactly-once application: the user's settings, then
   * {@code exactly_once_v2}, the application id and state directory, input from the earliest
   * record, short transactional retries, then {@code application} (the application's own
   * settings: threads, commit interval, exception handlers), which win.
   */
  public Properties streams(String applicationId, Path stateDir, Map<String, ?> application) {
    Properties p = kafka();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    p.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), TRANSACTIONAL_RETRY_BACKOFF_MS);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG), TRANSACTIONAL_RETRY_BACKOFF_MAX_MS);
    // The processing exception handler also covers global tables (the default from Kafka 5.0). Kafka's
    // partition assignor rebuilds a StreamsConfig from the main consumer's settings alone, so the flag
    // is given there too; without it every start logs a warning asking for it.
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
    p.put(StreamsConfig.mainConsumerPrefix(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG), "true");
    p.putAll(application);
    return p;
  }

  /**
   * Producer settings of a Streams application that writes articles (5–10 KB each): the
   * {@link Batching#BULK} settings under the Streams producer prefix.
   */
  public static Map<String, Object> streamsBulkProducer() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
    m.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), "5");
    m.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), Integer.toString(256 * 1024));
    return m;
  }

  /** The settings with secrets masked, for start-up logs. */
  @Override
  public String toString() {
    Map<String, String> shown = new TreeMap<>();
    settings.forEach((k, v) -> shown.put(k,
        k.contains("password") || k.contains("jaas") || k.contains("secret") || k.contains("token")
            || k.contains("user.info") ? "****" : v));
    return shown.toString();
  }
}
