package io.wirewatch.cli;

import io.wirewatch.UserException;
import io.wirewatch.avro.Article;
import io.wirewatch.replay.HistoryReader;
import io.wirewatch.replay.ProgressReporter;
import io.wirewatch.replay.TimeRange;
import io.wirewatch.replay.TimeSpec;
import io.wirewatch.replay.backtest.Backtest;
import io.wirewatch.replay.backtest.BacktestOutput;
import io.wirewatch.replay.backtest.BacktestReport;
import io.wirewatch.replay.backtest.EventTagger;
import io.wirewatch.replay.backtest.TaggerFactory;
import io.wirewatch.registry.AvroSerdes;
import io.wirewatch.replay.backtest.EnricherTaggers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch rules …}: work with event-topic rule sets. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Work with event-topic rule sets.",
    subcommands = {RulesCommand.BacktestCommand.class})
public final class RulesCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Where rule files become taggers: the enrichment library unless a stand-in is plugged in. */
  private static volatile TaggerFactory taggers;

  static TaggerFactory taggers() {
    TaggerFactory t = taggers;
    if (t == null) {
      t = EnricherTaggers.defaults();
      taggers = t;
    }
    return t;
  }

  /** Plugs in the rule engine's taggers (the application's start-up code, or a test's stand-in). */
  public static void useTaggers(TaggerFactory factory) {
    taggers = java.util.Objects.requireNonNull(factory, "factory");
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Output formats of a backtest. */
  enum Format { TEXT, JSONL }

  @Command(name = "backtest", mixinStandardHelpOptions = true,
      description = {
        "Re-tag the raw article history of a time range with a new rule set and with the current one, "
            + "and report per event topic what the new rules add and remove, with the evidence sentence for "
            + "each change. Writes nothing to Kafka.",
        "Times: " + TimeSpec.ACCEPTED + "."
      })
  static final class BacktestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions conn;

    @Option(names = "--rules", required = true, paramLabel = "NEW.yaml", description = "The rule set to try.")
    Path rules;

    @Option(names = "--against", paramLabel = "CURRENT.yaml",
        description = "The rule set to compare with (default: the rules bundled with Wirewatch).")
    Path against;

    @Option(names = "--from", required = true, paramLabel = "TIME", description = "Start of the range (inclusive).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "End of the range (exclusive); default: now.")
    String to;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl",
        description = "text: counts per topic with samples; jsonl: every change, one per line (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--samples", defaultValue = "5", paramLabel = "N",
        description = "Sample changes shown per topic and direction in the text report (default: ${DEFAULT-VALUE}).")
    int samples;

    @Override
    public Integer call() throws Exception {
      TimeRange range = TimeRange.parse(from, to, Instant.now());
      if (samples < 0) {
        throw new UserException("--samples must be 0 or more, got " + samples);
      }
      EventTagger proposed = taggers().fromFile(rules);
      EventTagger current = against == null ? taggers().bundled() : taggers().fromFile(against);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      ProgressReporter progress = ProgressReporter.auto(err);
      BacktestReport report;
      try {
        java.util.Properties client = conn.clientProperties();
        java.util.Map<String, Object> serdeConfig = new java.util.HashMap<>();
        client.forEach((k, v) -> serdeConfig.put(String.valueOf(k), v));
        report = new Backtest(client, AvroSerdes.specific(Article.class, serdeConfig, false).deserializer()).run(range, current,
            proposed, format == Format.JSONL ? c -> out.println(BacktestOutput.jsonLine(c)) : c -> { },
            format == Format.TEXT ? samples : 0, (HistoryReader.ProgressListener) progress);
      } finally {
        progress.finish();
      }
      if (format == Format.TEXT) {
        BacktestOutput.text(report, against == null ? "bundled rules" : against.toString(), rules.toString(), out);
      } else {
        err.printf("backtest: %d articles, +%d added, -%d removed%n", report.articles(), report.added(), report.removed());
      }
      out.flush();
      err.flush();
      return 0;
    }
  }
}
