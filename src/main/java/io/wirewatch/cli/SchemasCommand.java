package io.wirewatch.cli;

import io.wirewatch.registry.HttpSchemaRegistryClient;
import io.wirewatch.registry.RegisteredSchema;
import io.wirewatch.registry.SchemaCatalog;
import io.wirewatch.registry.SchemaRegistryClient;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch schemas list|register}: the Avro schemas in the schema registry. */
@Command(
    name = "schemas",
    mixinStandardHelpOptions = true,
    description = "List the subjects of the schema registry, or register every Wirewatch value schema.",
    subcommands = {SchemasCommand.ListSubjects.class, SchemasCommand.Register.class})
public final class SchemasCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static SchemaRegistryClient client(ConnectionOptions conn) {
    Map<String, Object> config = new HashMap<>();
    conn.clientProperties().forEach((k, v) -> config.put(String.valueOf(k), v));
    return HttpSchemaRegistryClient.fromConfig(config);
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Print every subject with its latest version and schema id.")
  static final class ListSubjects implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions conn;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (SchemaRegistryClient client = client(conn)) {
        List<String> subjects = client.subjects();
        out.println(subjects.size() + " subject(s) at " + conn.schemaRegistryUrl());
        for (String subject : subjects) {
          RegisteredSchema latest = client.latest(subject);
          out.printf("  %-45s version %-3d id %d%n", subject, latest.version(), latest.id());
        }
      }
      return 0;
    }
  }

  @Command(name = "register", mixinStandardHelpOptions = true,
      description = "Register every Wirewatch value schema under its topic's subject (<topic>-value). "
          + "Already registered schemas keep their ids.")
  static final class Register implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions conn;

    @Option(names = "--event-topic", paramLabel = "ID",
        description = "An event-topic id whose news.topic.<ID> topic needs a subject too (repeatable).")
    List<String> eventTopics = List.of();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (SchemaRegistryClient client = client(conn)) {
        Map<String, Integer> ids = SchemaCatalog.registerAll(client, eventTopics);
        ids.forEach((subject, id) -> out.printf("  %-45s id %d%n", subject, id));
        out.println("Registered " + ids.size() + " subject(s) at " + conn.schemaRegistryUrl() + ".");
      }
      return 0;
    }
  }
}
