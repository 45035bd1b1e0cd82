package io.wirewatch.cli;

import io.wirewatch.UserException;
import io.wirewatch.replay.OutputFiles;
import io.wirewatch.replay.RegistryDeserializers;
import io.wirewatch.replay.ProgressReporter;
import io.wirewatch.replay.Replay;
import io.wirewatch.replay.ReplayFilter;
import io.wirewatch.replay.TimeRange;
import io.wirewatch.replay.TimeSpec;
import io.wirewatch.replay.export.ExportFormat;
import io.wirewatch.replay.internal.WriterOutputStream;
import io.wirewatch.topics.TopicNames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch replay}: export an article topic over a time range to JSON Lines, CSV or Avro. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Read an article topic over a time range and write it out: JSON Lines (the shape of `wirewatch tag`), "
          + "CSV, or an Avro file with its schema. Stops by itself at --to, or at the end of the topic as it "
          + "is when the replay starts. Reads only committed records and commits nothing.",
      "Times: " + TimeSpec.ACCEPTED + "."
    })
public final class ReplayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions conn;

  @Option(names = "--topic", defaultValue = TopicNames.ARTICLES_ENRICHED,
      description = "Topic to replay: news.articles.enriched (default), news.articles.raw, a copy such as "
          + "news.articles.enriched.v2, or news.topic.<event-topic>.")
  String topic;

  @Option(names = "--from", required = true, paramLabel = "TIME", description = "Start of the range (inclusive).")
  String from;

  @Option(names = "--to", paramLabel = "TIME", description = "End of the range (exclusive); default: the end of the topic now.")
  String to;

  @Option(names = "--filter", paramLabel = "KEY=VALUE",
      description = "Keep only matching articles: topic=<event topic>, country=<alpha-2>, source=<outlet>. "
          + "Repeat it; values of one key are alternatives, different keys must all match.")
  List<String> filters = new ArrayList<>();

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|csv|avro",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  ExportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws Exception {
    TimeRange range = TimeRange.parse(from, to, Instant.now());
    ReplayFilter filter = ReplayFilter.parse(filters);
    if (output == null && format == ExportFormat.AVRO) {
      throw new UserException("--format avro writes a binary file: give it one with --output FILE");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProgressReporter progress = ProgressReporter.auto(err);
    java.util.Properties client = conn.clientProperties();
    Replay replay = new Replay(client, RegistryDeserializers.from(client), null);
    Replay.Summary summary;
    try {
      summary = replay.run(new Replay.Request(topic, range, filter, format),
          () -> output != null ? OutputFiles.open(output) : new WriterOutputStream(out), progress);
    } finally {
      progress.finish();
    }
    // With the data on standard output, the summary must not end up inside it.
    PrintWriter report = output == null ? err : out;
    report.println(summary.describe() + (output != null ? " → " + output : ""));
    report.flush();
    return 0;
  }
}
