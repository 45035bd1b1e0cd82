package io.wirewatch.cli;

import io.wirewatch.UserException;
import io.wirewatch.bench.PairedTaggerTiming;
import io.wirewatch.enrich.Enricher;
import io.wirewatch.enrich.Gazetteer;
import io.wirewatch.enrich.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wirewatch bench tagger}: the bundled rules against another rule file, timed in turn on one
 * thread, so that a change of rules is judged by a ratio from the same run and the same minutes.
 */
@Command(name = "tagger", mixinStandardHelpOptions = true,
    description = "Tagger speed of the bundled rules (A) against another rule file (B), timed in turn on one thread "
        + "by CPU time; medians of the rounds and the median ratio B/A. No broker needed.")
final class BenchTaggerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--rules", paramLabel = "FILE",
      description = "Rule file for side B (default: the bundled rules again, which shows the run's noise).")
  Path rules;

  @Option(names = "--size", defaultValue = "5KB", description = "Article size (default: ${DEFAULT-VALUE}).")
  String size;

  @Option(names = "--rounds", defaultValue = "11", description = "Counted rounds of A then B (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--turn-ms", defaultValue = "2000",
      description = "CPU milliseconds per side per round (default: ${DEFAULT-VALUE}).")
  int turnMs;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (rounds < 1) {
      throw new UserException("--rounds must be at least 1, got " + rounds);
    }
    if (turnMs < 10) {
      throw new UserException("--turn-ms must be at least 10, got " + turnMs);
    }
    if (rules != null && !Files.isReadable(rules)) {
      throw new UserException("--rules " + rules + " cannot be read: give the path of a rules.yaml file");
    }
    int bytes = BenchCommand.parseSize(size);
    List<String> texts = BenchEnrichCommand.articleTexts(bytes);
    out.println("Loading the gazetteer and both rule sets…");
    out.flush();
    Gazetteer gazetteer = Gazetteer.load(Optional.empty());
    Enricher a = Enricher.create(gazetteer, RuleSet.defaults());
    Enricher b = Enricher.create(gazetteer, rules == null ? RuleSet.defaults() : RuleSet.load(rules));
    out.printf("A  bundled rules %s%nB  %s %s%n", a.rules().version(),
        rules == null ? "bundled rules" : rules.toString(), b.rules().version());
    out.printf("timing %d rounds (after 2 warm-up rounds) of %d ms CPU per side on %d texts of %d bytes…%n",
        rounds, turnMs, texts.size(), bytes);
    out.flush();
    PairedTaggerTiming.Result r = PairedTaggerTiming.compare(a, b, texts, rounds, Duration.ofMillis(turnMs), n -> {
      if (n % 5 == 0 || n == rounds) {
        out.printf("  round %d/%d%n", n, rounds);
        out.flush();
      }
    });
    out.printf("A  median %.2f MB/s per CPU-second (%.2f–%.2f)%n", r.medianA(), r.minA(), r.maxA());
    out.printf("B  median %.2f MB/s per CPU-second (%.2f–%.2f)%n", r.medianB(), r.minB(), r.maxB());
    out.printf("ratio B/A, median of the rounds: %.3f%n", r.medianRatio());
    out.printf("checked %,d taggings against each side's untimed answers: all the same%n", r.checkedCalls());
    return 0;
  }
}
