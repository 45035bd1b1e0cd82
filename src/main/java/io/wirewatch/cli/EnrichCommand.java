package io.wirewatch.cli;

import io.wirewatch.app.EnrichRole;
import io.wirewatch.streams.EnrichmentApp;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch enrich}: the enrichment Streams application against a cluster. */
@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    description = "Runs the exactly-once enrichment: news.articles.raw → news.articles.enriched and "
        + "news.topic.<event-topic>. Start several to share the partitions; Ctrl-C stops cleanly.")
public final class EnrichCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions conn;

  @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra gazetteer entries (added to the bundled ones).")
  Path gazetteer;

  @Option(names = "--rules", paramLabel = "FILE",
      description = "Event-topic rules to use instead of the bundled ones; watched and reloaded on change.")
  Path rules;

  @Option(names = "--state-dir", defaultValue = "wirewatch-data/streams",
      description = "Kafka Streams state directory (default: ${DEFAULT-VALUE}).")
  Path stateDir;

  @Option(names = "--threads", defaultValue = "1", description = "Stream threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--application-id", defaultValue = EnrichmentApp.DEFAULT_APPLICATION_ID,
      description = "Kafka Streams application id (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    EnrichmentApp.Settings settings = EnrichmentApp.Settings.defaults(conn.clientProperties(), stateDir.toAbsolutePath())
        .withThreads(threads).withApplicationId(applicationId);
    KafkaClients.admin(conn).close(); // fail fast, with advice, when Kafka is unreachable
    EnrichRole role = EnrichRole.start(settings, new EnrichRole.Options(gazetteer, rules));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      role.close();
      out.println("Enrichment stopped cleanly.");
      out.flush();
      stopped.countDown();
    }, "wirewatch-enrich-shutdown"));
    role.awaitRunning(Duration.ofMinutes(2));
    out.println("Enrichment running on " + conn.bootstrapServers() + " as " + applicationId
        + " (exactly-once, " + threads + (threads == 1 ? " thread" : " threads") + "). Ctrl-C to stop.");
    out.flush();
    stopped.await();
    return 0;
  }
}
