package io.wirewatch.cli;

import io.wirewatch.roles.DevPlatform;
import io.wirewatch.web.auth.HttpExposure;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch dev}: everything in one JVM on the embedded platform. */
@Command(
    name = "dev",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Wirewatch on one machine: a real Kafka broker (KRaft), a schema registry and every role "
          + "in this JVM, with data kept in --data-dir across restarts. Ctrl-C stops it cleanly."
    })
public final class DevCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SecretsOptions secrets;
  @Mixin WebAccessOptions access;

  @Option(names = "--data-dir", defaultValue = "wirewatch-data",
      description = "Where Kafka keeps its data (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka listener port (default: ${DEFAULT-VALUE}).")
  int kafkaPort;

  @Option(names = "--registry-port", defaultValue = "8081", description = "Schema registry port (default: ${DEFAULT-VALUE}).")
  int registryPort;

  @Option(names = "--http-port", defaultValue = "8080", description = "Dashboard and API port (default: ${DEFAULT-VALUE}).")
  int httpPort;

  @Option(names = "--http-host", defaultValue = HttpExposure.LOOPBACK, paramLabel = "ADDRESS",
      description = "Address the dashboard and API listen on (default: ${DEFAULT-VALUE}, this machine only; "
          + "0.0.0.0 opens them to the network).")
  String httpHost;

  @Option(names = "--topics-file", paramLabel = "FILE",
      description = "Topic catalogue to apply (default: the topics.yaml bundled in the jar).")
  Path topicsFile;

  @Option(names = "--demo", description = "Feed the bundled sample articles into the pipeline.")
  boolean demo;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    DevPlatform.Settings settings = new DevPlatform.Settings(
        dataDir, kafkaPort, registryPort, httpPort, topicsFile, demo, new HttpExposure(httpHost),
        secrets.keys(), access.tokens());
    DevPlatform platform = DevPlatform.start(settings, line -> {
      out.println(line);
      out.flush();
    });
    UntilStopped.await(out, "Stopped cleanly. Data kept in " + dataDir.toAbsolutePath(), () -> {
      out.println("Stopping Wirewatch…");
      out.flush();
    }, platform);
    return 0;
  }
}
