package io.wirewatch.cli;

import io.wirewatch.roles.EnrichRole;
import io.wirewatch.streams.EnrichmentApp;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
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

  @Option(names = "--reprocess",
      description = "Re-enrich history from --from into --output-topic under a new application id, then stop. "
          + "Live enrichment goes on untouched.")
  boolean reprocess;

  @Option(names = "--from", description = "With --reprocess: where history starts (ISO-8601, a date, or -7d).")
  String from;

  @Option(names = "--output-topic", description = "With --reprocess: the new topic, e.g. news.articles.enriched.v2.")
  String outputTopic;

  @Option(names = "--hand-over", paramLabel = "GROUP",
      description = "With --reprocess: when done, copy the reprocess offsets to this live group (e.g. wirewatch-enrich).")
  String handOver;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (reprocess) {
      return reprocess(out);
    }
    if (from != null || outputTopic != null || handOver != null) {
      throw new io.wirewatch.UserException("--from, --output-topic and --hand-over go with --reprocess: "
          + "add --reprocess, or leave them out to run live enrichment");
    }
    EnrichRole.Config config = new EnrichRole.Config(conn.client(), stateDir, applicationId, threads,
        new EnrichRole.Options(gazetteer, rules)).validated();
    KafkaClients.admin(conn).close(); // fail fast, with advice, when Kafka is unreachable
    EnrichRole role = EnrichRole.start(config);
    role.awaitRunning(Duration.ofMinutes(2));
    out.println("Enrichment running on " + conn.bootstrapServers() + " as " + applicationId
        + " (exactly-once, " + threads + (threads == 1 ? " thread" : " threads") + "). Ctrl-C to stop.");
    out.flush();
    UntilStopped.await(out, "Enrichment stopped cleanly.", role);
    return 0;
  }

  private int reprocess(PrintWriter out) throws Exception {
    if (from == null || outputTopic == null) {
      throw new io.wirewatch.UserException("--reprocess needs --from and --output-topic, e.g. "
          + "--reprocess --from -30d --output-topic news.articles.enriched.v2");
    }
    java.time.Instant start = io.wirewatch.replay.TimeSpec.parse("--from", from, java.time.Instant.now());
    KafkaClients.admin(conn).close();
    java.util.Properties client = conn.clientProperties();
    io.wirewatch.enrich.EnricherHolder holder =
        new io.wirewatch.enrich.EnricherHolder(EnrichRole.loadEnricher(new EnrichRole.Options(gazetteer, rules)));
    var serde = conn.client().registry();
    var articleSerde = io.wirewatch.registry.AvroSerdes.specific(io.wirewatch.avro.Article.class, serde, false);
    var enrichedSerde = io.wirewatch.registry.AvroSerdes.specific(io.wirewatch.avro.EnrichedArticle.class, serde, false);
    io.wirewatch.replay.Reprocessor r = new io.wirewatch.replay.Reprocessor(client);
    var plan = r.prepare(io.wirewatch.topics.TopicNames.ARTICLES_RAW, io.wirewatch.topics.TopicNames.ARTICLES_ENRICHED,
        outputTopic, start);
    out.println("Reprocessing " + plan.input() + " from " + start + " into " + plan.output() + " as "
        + plan.applicationId());
    out.flush();
    var result = r.run(plan, stateDir.toAbsolutePath().resolve(plan.applicationId()),
        t -> io.wirewatch.streams.EnrichmentTopology.build(t, EnrichRole.enrichFunction(holder), articleSerde,
            enrichedSerde, java.util.List.of()),
        io.wirewatch.replay.ProgressReporter.auto(spec.commandLine().getErr()));
    out.println("Reprocessed into " + plan.output() + " in " + result.elapsed().toSeconds() + " s.");
    if (handOver != null) {
      r.handOver(plan, handOver);
      out.println("Handed over: group " + handOver + " now starts where the reprocessing stopped.");
    }
    return 0;
  }
}
