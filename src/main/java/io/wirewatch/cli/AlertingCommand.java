package io.wirewatch.cli;

import io.wirewatch.roles.AlertingRole;
import io.wirewatch.streams.alerting.AlertingApp;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch alerting}: the stories, surges and alerts Streams application against a cluster. */
@Command(
    name = "alerting",
    mixinStandardHelpOptions = true,
    description = "Runs the exactly-once alerting: news.articles.enriched and news.subscriptions → news.stories, "
        + "news.surges and news.alerts. Start several to share the partitions; Ctrl-C stops cleanly. "
        + "Deliver the alerts with `wirewatch alert --channel ...`.")
public final class AlertingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions conn;

  @Option(names = "--state-dir", defaultValue = "wirewatch-data/streams-alerting",
      description = "Kafka Streams state directory (default: ${DEFAULT-VALUE}).")
  Path stateDir;

  @Option(names = "--application-id", defaultValue = AlertingApp.DEFAULT_APPLICATION_ID,
      description = "Kafka Streams application id (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    AlertingRole.Config config = AlertingRole.Config.defaults(conn.client(), stateDir)
        .withApplicationId(applicationId).validated();
    KafkaClients.admin(conn).close(); // fail fast, with advice, when Kafka is unreachable
    AlertingRole role = AlertingRole.start(config);
    role.awaitRunning(Duration.ofMinutes(2));
    out.println("Alerting running on " + conn.bootstrapServers() + " as " + applicationId
        + " (exactly-once): stories, surges, alerts. Ctrl-C to stop.");
    out.flush();
    UntilStopped.await(out, "Alerting stopped cleanly.", role);
    return 0;
  }
}
