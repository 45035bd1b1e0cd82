package io.wirewatch.cli;

import io.wirewatch.topics.TopicCatalog;
import io.wirewatch.topics.TopicProvisioner;
import io.wirewatch.topics.TopicSpec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch topics validate|apply}: the topic catalogue. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = "Check topics.yaml offline, or bring a cluster in line with it.",
    subcommands = {TopicsCommand.Validate.class, TopicsCommand.Apply.class})
public final class TopicsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The catalogue file option shared by both verbs. */
  static final class FileOption {
    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
        description = "Topic catalogue (default: ./topics.yaml if present, else the one bundled in the jar).")
    Path file;

    TopicCatalog load() {
      if (file == null && Files.exists(Path.of("topics.yaml"))) {
        return TopicCatalog.load(Path.of("topics.yaml"));
      }
      return TopicCatalog.load(file);
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check topics.yaml offline: syntax, keys, types, Kafka config names and values, "
          + "duplicates, min.insync.replicas against replication. Reports every problem at once.")
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin FileOption file;

    @Override
    public Integer call() {
      TopicCatalog catalog = file.load();
      PrintWriter out = spec.commandLine().getOut();
      out.println(catalog.source() + " is valid: " + catalog.topics().size() + " topics.");
      for (TopicSpec t : catalog.topics()) {
        out.printf("  %-40s partitions %-3d replication %d%s%n", t.name(), t.partitions(),
            t.replicationFactor(), t.compacted() ? "  compacted" : "");
      }
      return 0;
    }
  }

  @Command(name = "apply", mixinStandardHelpOptions = true,
      description = "Create missing topics, raise partition counts and alter configs to match topics.yaml. "
          + "Prints the plan; unsafe changes are refused and nothing is changed.")
  static final class Apply implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin FileOption file;
    @Mixin ConnectionOptions conn;

    @Option(names = "--dry-run", description = "Print the plan, change nothing.")
    boolean dryRun;

    @Option(names = "--single-node",
        description = "Use replication 1 and min.insync.replicas 1 (a one-broker development cluster).")
    boolean singleNode;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      TopicCatalog catalog = file.load();
      if (singleNode) {
        catalog = catalog.withSingleNodeOverrides();
        out.println("Single-node overrides: replication factor 1 and min.insync.replicas 1 for all "
            + catalog.topics().size() + " topics.");
      }
      try (Admin admin = KafkaClients.admin(conn)) {
        TopicProvisioner provisioner = new TopicProvisioner(admin);
        TopicProvisioner.Plan plan = provisioner.plan(catalog);
        plan.changes().stream()
            .filter(c -> c.action() != TopicProvisioner.Action.UNCHANGED)
            .forEach(c -> out.println("  " + c));
        out.println(plan.summary());
        if (dryRun) {
          out.println("Dry run: nothing was changed.");
        } else if (!plan.nothingToDo()) {
          provisioner.apply(plan);
          out.println("Applied to " + conn.bootstrapServers() + ".");
        }
      }
      return 0;
    }
  }
}
