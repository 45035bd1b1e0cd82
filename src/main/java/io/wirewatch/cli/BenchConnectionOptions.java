package io.wirewatch.cli;

import io.wirewatch.client.ClientConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The connection options of the benchmarks: the same {@code --bootstrap-servers},
 * {@code --schema-registry-url} and {@code --client-config} as every command, except that without
 * {@code --bootstrap-servers} a benchmark runs on a throwaway embedded broker (and registry) rather
 * than on localhost. Used as a picocli {@code @Mixin}.
 */
final class BenchConnectionOptions {
  @Option(names = "--bootstrap-servers",
      description = "Benchmark this cluster instead of an embedded broker.")
  String bootstrapServers;

  @Option(names = "--schema-registry-url", description = "Registry of that cluster (default: an embedded one).")
  String registryUrl;

  @Option(names = "--client-config", paramLabel = "FILE",
      description = "Properties file with extra Kafka and registry client settings (TLS, SASL, basic.auth.user.info...).")
  Path clientConfig;

  /** The settings of the cluster given, or null when the benchmark should start its own broker. */
  ClientConfig external() {
    return bootstrapServers == null ? null : ClientConfig.fromOptions(bootstrapServers, registryUrl, clientConfig);
  }
}
