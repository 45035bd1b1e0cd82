package io.wirewatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import io.wirewatch.UserException;
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
   * Client properties: bootstrap servers, schema registry URL, then everything in
   * {@code --client-config} (which wins).
   */
  public Properties clientProperties() {
    Properties props = new Properties();
    props.setProperty("bootstrap.servers", bootstrapServers);
    props.setProperty("schema.registry.url", schemaRegistryUrl);
    if (clientConfig != null) {
      try (InputStream in = Files.newInputStream(clientConfig)) {
        props.load(in);
      } catch (NoSuchFileException e) {
        throw new UserException(
            "client config file " + clientConfig + " does not exist: check the --client-config path");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read client config " + clientConfig, e);
      }
    }
    return props;
  }
}
