package io.wirewatch.cli;

import io.wirewatch.UserException;
import io.wirewatch.bench.KafkaBaseline;
import io.wirewatch.platform.EmbeddedKafka;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import io.wirewatch.client.ClientConfig;
import io.wirewatch.platform.ScratchDir;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch bench ...}: throughput and latency, always against a baseline of the same run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks. Each stage is reported with the raw broker baseline measured in the same run.",
    subcommands = {BenchCommand.Kafka.class, BenchEnrichCommand.class, BenchStagesCommands.Ingest.class,
        BenchStagesCommands.Alerts.class, BenchStagesCommands.Replay.class, BenchSoakCommand.class,
        BenchTaggerCommand.class})
public final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Where a benchmark runs: the cluster given by --bootstrap-servers, or a throwaway embedded broker. */
  static final class Target implements AutoCloseable {
    private io.wirewatch.platform.registry.EmbeddedSchemaRegistry registry;
    private final EmbeddedKafka embedded;
    private final ScratchDir dir;
    private final ClientConfig connection;
    /** The Kafka settings (without the registry, which {@link #withRegistry()} adds on first use). */
    final Properties client;

    private Target(EmbeddedKafka embedded, ScratchDir dir, ClientConfig connection) {
      this.embedded = embedded;
      this.dir = dir;
      this.connection = connection;
      this.client = connection.kafka();
    }

    static Target open(BenchConnectionOptions where, PrintWriter out) throws IOException {
      ClientConfig external = where.external();
      if (external != null) {
        out.println("Benchmarking against " + external.bootstrapServers());
        return new Target(null, null, external);
      }
      ScratchDir dir = ScratchDir.create("wirewatch-bench-");
      EmbeddedKafka k = EmbeddedKafka.start(EmbeddedKafka.Config.builder().dataDir(dir.path()).build());
      out.println("Benchmarking against an embedded broker on " + k.bootstrapServers() + " (data in " + dir.path()
          + ", deleted at the end)");
      return new Target(k, dir, ClientConfig.of(k.bootstrapServers(), where.registryUrl));
    }

    /** The connection settings with a registry: the one given, or an embedded one started now. */
    Properties withRegistry() {
      return connection.with(ClientConfig.SCHEMA_REGISTRY_URL, registryUrl(connection.registryUrl())).settings();
    }

    String freshTopic(String prefix, int partitions) {
      String name = prefix + "-" + System.currentTimeMillis();
      try (Admin admin = Admin.create(connection.admin())) {
        admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new UserException("cannot create benchmark topic " + name + ": " + e.getMessage()
            + " — check that the cluster allows topic creation", e);
      }
      return name;
    }

    /** The schema registry URL: an embedded one on the embedded broker, started on first use. */
    String registryUrl(String given) {
      if (given != null) {
        return given;
      }
      if (registry == null) {
        if (embedded == null) {
          throw new UserException("benchmarking an external cluster needs --schema-registry-url");
        }
        registry = io.wirewatch.platform.registry.EmbeddedSchemaRegistry.start(embedded.bootstrapServers(), 0);
      }
      return registry.url();
    }

    @Override
    public void close() throws IOException {
      if (registry != null) {
        registry.close();
      }
      if (embedded != null) {
        embedded.close();
        dir.close();
      }
    }
  }

  /** Parses sizes such as 5KB, 5KiB, 512B or 5000. */
  static int parseSize(String s) {
    String t = s.trim().toUpperCase(Locale.ROOT);
    try {
      if (t.endsWith("KIB")) {
        return Integer.parseInt(t.substring(0, t.length() - 3).trim()) * 1024;
      }
      if (t.endsWith("KB")) {
        return Integer.parseInt(t.substring(0, t.length() - 2).trim()) * 1000;
      }
      if (t.endsWith("MB")) {
        return Integer.parseInt(t.substring(0, t.length() - 2).trim()) * 1_000_000;
      }
      if (t.endsWith("B")) {
        return Integer.parseInt(t.substring(0, t.length() - 1).trim());
      }
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw new UserException("cannot read size '" + s + "': write a number of bytes with an optional unit, "
          + "e.g. 5000, 5KB, 5KiB or 1MB");
    }
  }

  @Command(name = "kafka", mixinStandardHelpOptions = true,
      description = "Raw produce (acks=all, idempotent) and consume throughput: the baseline for every stage.")
  static final class Kafka implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--records", defaultValue = "50000", description = "Measured records (default: ${DEFAULT-VALUE}).")
    int records;

    @Option(names = "--size", defaultValue = "5KB", description = "Record size (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--codec", defaultValue = "lz4", description = "none, gzip, snappy, lz4 or zstd (default: ${DEFAULT-VALUE}).")
    String codec;

    @picocli.CommandLine.Mixin BenchConnectionOptions where;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      if (!List.of("none", "gzip", "snappy", "lz4", "zstd").contains(codec)) {
        throw new UserException("unknown codec '" + codec + "': use none, gzip, snappy, lz4 or zstd");
      }
      if (records < 1) {
        throw new UserException("--records must be at least 1, got " + records);
      }
      int bytes = parseSize(size);
      try (Target t = Target.open(where, out)) {
        String topic = t.freshTopic("bench-kafka", 1);
        KafkaBaseline.Result r = KafkaBaseline.run(t.client, topic, records, Math.max(1000, records / 5), bytes,
            codec, line -> {
              out.println("  " + line);
              out.flush();
            });
        out.printf("produce  %s%n", r.produce());
        out.printf("consume  %s%n", r.consume());
      }
      return 0;
    }
  }
}
