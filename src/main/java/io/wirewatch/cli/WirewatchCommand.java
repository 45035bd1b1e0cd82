package io.wirewatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The root {@code wirewatch} command: only help, version and the list of subcommands. */
@Command(
    name = "wirewatch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Event streaming for breaking diplomatic news, on Apache Kafka.",
    subcommands = {
      DevCommand.class,
      TopicsCommand.class,
      EnrichCommand.class,
      TagCommand.class,
      SchemasCommand.class,
      WebCommand.class,
      ReplayCommand.class,
      RulesCommand.class,
      IngestCommand.class,
      AlertingCommand.class,
      AlertCommand.class,
      SubscriptionsCommand.class,
      BenchCommand.class,
    })
public final class WirewatchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(
      names = {"-v", "--verbose"},
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Log at INFO and print stack traces on failure.")
  boolean verbose;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
