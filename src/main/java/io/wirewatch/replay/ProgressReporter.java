package io.wirewatch.replay;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far a read is, with its rate and an ETA: redrawn in place on a terminal, or as a log
 * line every {@code logEvery} when output is not a terminal (a pipe, a CI log, a service).
 */
public final class ProgressReporter implements HistoryReader.ProgressListener {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);

  private final PrintWriter terminal;
  private final Duration logEvery;
  private final long startNanos = System.nanoTime();
  private long lastLog = startNanos;
  private boolean drew;

  private ProgressReporter(PrintWriter terminal, Duration logEvery) {
    this.terminal = terminal;
    this.logEvery = logEvery;
  }

  /** Redraws one line on {@code terminal} (use stderr, so it never mixes with exported data). */
  public static ProgressReporter terminal(PrintWriter terminal) {
    return new ProgressReporter(terminal, Duration.ZERO);
  }

  /** Logs a line at most every {@code every}. */
  public static ProgressReporter log(Duration every) {
    return new ProgressReporter(null, every);
  }

  /** A terminal reporter when the process has a console, else a log reporter every 10 s. */
  public static ProgressReporter auto(PrintWriter stderr) {
    return System.console() != null ? terminal(stderr) : log(Duration.ofSeconds(10));
  }

  @Override
  public void onProgress(long recordsRead, long offsetsDone, long offsetsTotal) {
    long now = System.nanoTime();
    String line = line(recordsRead, offsetsDone, offsetsTotal, Duration.ofNanos(now - startNanos));
    if (terminal != null) {
      terminal.print("\r" + line + "   ");
      terminal.flush();
      drew = true;
    } else if (now - lastLog >= logEvery.toNanos()) {
      lastLog = now;
      LOG.info("replay progress: {}", line);
    }
  }

  /** Ends the redrawn line so what follows starts on a fresh one. */
  public void finish() {
    if (terminal != null && drew) {
      terminal.println();
      terminal.flush();
    }
  }

  /** The progress text: percent of offsets, records, rate and ETA. Visible for tests. */
  static String line(long recordsRead, long offsetsDone, long offsetsTotal, Duration elapsed) {
    double secs = Math.max(elapsed.toNanos() / 1e9, 1e-3);
    double rate = recordsRead / secs;
    double offsetRate = offsetsDone / secs;
    double pct = offsetsTotal == 0 ? 100.0 : 100.0 * offsetsDone / offsetsTotal;
    String eta;
    if (offsetsDone >= offsetsTotal) {
      eta = "done";
    } else if (offsetRate <= 0) {
      eta = "ETA ?";
    } else {
      long s = (long) Math.ceil((offsetsTotal - offsetsDone) / offsetRate);
      eta = String.format(Locale.ROOT, "ETA %d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
    return String.format(Locale.ROOT, "%5.1f%%  %,d records  %,.0f records/s  %s", pct, recordsRead, rate, eta);
  }
}
