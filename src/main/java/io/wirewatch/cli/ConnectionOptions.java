package io.wirewatch.cli;

import io.wirewatch.client.ClientConfig;
import java.nio.file.Path;
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

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public String schemaRegistryUrl() {
    return schemaRegistryUrl;
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
