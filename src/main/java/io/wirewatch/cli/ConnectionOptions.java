package io.wirewatch.cli;

import io.wirewatch.client.ClientConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * Connection options shared by every role that talks to a cluster: {@code --bootstrap-servers},
 * {@code --schema-registry-url} and {@code --client-config}. Used as a picocli {@code @Mixin}.
 */
public final class ConnectionOptions {

  @Option(
      names = "--bootstrap-servers",
      defaultValue = "${env:WIREWATCH_BOOTSTRAP_SERVERS:-localhost:9092}",
      description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}; env WIREWATCH_BOOTSTRAP_SERVERS).")
  String bootstrapServers;

  @Option(
      names = "--schema-registry-url",
      defaultValue = "${env:WIREWATCH_SCHEMA_REGISTRY_URL:-http://localhost:8081}",
      description = "Schema registry URL(s), comma-separated (default: ${DEFAULT-VALUE}; env WIREWATCH_SCHEMA_REGISTRY_URL).")
  String schemaRegistryUrl;

  @Option(
      names = "--client-config",
      paramLabel = "FILE",
      description = "Properties file with extra Kafka and registry client settings (TLS, SASL, basic.auth.user.info...).")
  Path clientConfig;

  @Option(
      names = "--connect-timeout",
      paramLabel = "DURATION",
      defaultValue = "${env:WIREWATCH_CONNECT_TIMEOUT:-PT30S}",
      description = "How long to wait at start-up for the cluster to answer before giving up, ISO-8601"
          + " (default: ${DEFAULT-VALUE}; env WIREWATCH_CONNECT_TIMEOUT). Raise it where the role may start before"
          + " Kafka or on a busy machine.")
  Duration connectTimeout;

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public String schemaRegistryUrl() {
    return schemaRegistryUrl;
  }

  /** How long start-up waits for the cluster to answer. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * The connection settings: bootstrap servers, schema registry URL, then everything in
   * {@code --client-config} (which wins), validated.
   */
  public ClientConfig client() {
    return ClientConfig.fromOptions(bootstrapServers, schemaRegistryUrl, clientConfig);
  }

  /** {@link #client()} as properties, for the feature APIs that take connection settings. */
  public Properties clientProperties() {
    return client().settings();
  }
}
