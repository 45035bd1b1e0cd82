package io.wirewatch.ingest;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a long ingest, by bytes read: a one-line bar with rate and ETA redrawn in place on
 * a terminal, or a log line every few seconds otherwise (files, CI logs). Thread-safe; cheap to
 * call per article ({@link #advance} only redraws when enough time has passed).
 */
public final class Progress {
  private static final Logger log = LoggerFactory.getLogger(Progress.class);

  private final long totalBytes;
  private final PrintStream terminal; // null: log lines
  private final Clock clock;
  private final long intervalMillis;
  private final long startMillis;
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong lastDraw = new AtomicLong();

  Progress(long totalBytes, PrintStream terminal, Clock clock, Duration interval) {
    this.totalBytes = Math.max(1, totalBytes);
    this.terminal = terminal;
    this.clock = clock;
    this.intervalMillis = interval.toMillis();
    this.startMillis = clock.millis();
    this.lastDraw.set(startMillis);
  }

  /**
   * A bar on stderr when the process has a console, else log lines every 5 s.
   *
   * @param totalBytes the size of everything to read
   */
  public static Progress forTotal(long totalBytes) {
    boolean console = System.console() != null;
    return new Progress(totalBytes, console ? System.err : null, Clock.systemUTC(),
        console ? Duration.ofMillis(200) : Duration.ofSeconds(5));
  }

  /** No output at all (tests, dry runs into a pipe). */
  public static Progress silent() {
    return new Progress(1, null, Clock.systemUTC(), Duration.ofDays(365));
  }

  public void advance(long readBytes, long readArticles) {
    bytes.addAndGet(readBytes);
    articles.addAndGet(readArticles);
    long now = clock.millis();
    long last = lastDraw.get();
    if (now - last >= intervalMillis && lastDraw.compareAndSet(last, now)) {
      draw(now, false);
    }
  }

  /** Draws the final state (and ends the bar's line on a terminal). */
  public void done() {
    if (intervalMillis < Duration.ofDays(1).toMillis()) {
      draw(clock.millis(), true);
    }
  }

  /** The text of the current state, e.g. {@code [#####     ]  50%  1200 articles  300/s  1.5 MB/s  ETA 0:04}. */
  String line(long now) {
    long b = Math.min(bytes.get(), totalBytes);
    double fraction = (double) b / totalBytes;
    double seconds = Math.max(0.001, (now - startMillis) / 1000.0);
    double rate = articles.get() / seconds;
    double mbps = bytes.get() / seconds / 1_000_000.0;
    long eta = b == 0 ? -1 : Math.round(seconds * (1 - fraction) / fraction);
    int width = 24;
    int filled = (int) Math.round(fraction * width);
    return String.format(Locale.ROOT, "[%s%s] %3d%%  %d articles  %.0f/s  %.1f MB/s  ETA %s",
        "#".repeat(filled), " ".repeat(width - filled), Math.round(fraction * 100), articles.get(),
        rate, mbps, eta < 0 ? "?" : eta / 60 + ":" + String.format(Locale.ROOT, "%02d", eta % 60));
  }

  private synchronized void draw(long now, boolean last) {
    String text = line(now);
    if (terminal != null) {
      terminal.print("\r" + text + (last ? System.lineSeparator() : ""));
      terminal.flush();
    } else {
      log.info("progress {}", text);
    }
  }
}
