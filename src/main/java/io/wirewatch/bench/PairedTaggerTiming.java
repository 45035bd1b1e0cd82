package io.wirewatch.bench;

import io.wirewatch.enrich.ArticleText;
import io.wirewatch.enrich.Enricher;
import io.wirewatch.enrich.Enrichment;
import io.wirewatch.enrich.EventMatch;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Two taggers timed in turn on one thread: A, B, A, B, … for a number of rounds, each turn lasting a
 * fixed amount of the thread's CPU time. A machine whose speed drifts during a run (frequency
 * steps, a noisy neighbour) moves both sides of a round alike, so the median of the per-round
 * ratios B/A holds where two separate runs would not.
 *
 * <p>The output is verified, not only timed: before timing, each tagger tags every text once and
 * the countries and topics it found are kept; every timed call is checked against them, and a
 * difference stops the run (a tagger that answered differently was not measuring the same work).
 */
public final class PairedTaggerTiming {
  private PairedTaggerTiming() {}

  /** Medians and ranges, in megabytes (10^6 bytes of UTF-8) of article text per CPU-second. */
  public record Result(int rounds, double medianA, double minA, double maxA, double medianB, double minB, double maxB,
      double medianRatio, long checkedCalls) {}

  /**
   * Times {@code a} and {@code b} in turn. The first two rounds warm the code up and are not
   * counted; {@code rounds} more are. {@code progress} hears each counted round's number.
   */
  public static Result compare(Enricher a, Enricher b, List<String> texts, int rounds, Duration turn,
      IntConsumer progress) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("texts is empty — give at least one article text to time");
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
    }
    if (turn.isNegative() || turn.isZero()) {
      throw new IllegalArgumentException("turn must be positive, got " + turn);
    }
    List<ArticleText> articles = TaggerThroughput.articles(texts);
    long[] bytes = TaggerThroughput.utf8Bytes(articles);
    Side sa = new Side("A", a, articles, bytes);
    Side sb = new Side("B", b, articles, bytes);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    boolean cpu = mx.isCurrentThreadCpuTimeSupported();
    if (cpu && !mx.isThreadCpuTimeEnabled()) {
      mx.setThreadCpuTimeEnabled(true);
    }
    List<Double> ra = new ArrayList<>();
    List<Double> rb = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    int warmup = 2;
    for (int round = 0; round < warmup + rounds; round++) {
      double x = sa.turn(mx, cpu, turn.toNanos());
      double y = sb.turn(mx, cpu, turn.toNanos());
      if (round >= warmup) {
        ra.add(x);
        rb.add(y);
        ratios.add(y / x);
        progress.accept(round - warmup + 1);
      }
    }
    return new Result(rounds, median(ra), Collections.min(ra), Collections.max(ra), median(rb), Collections.min(rb),
        Collections.max(rb), median(ratios), sa.checked + sb.checked);
  }

  static double median(List<Double> values) {
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int n = v.size();
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  /** What a tagging found, in a form two calls can be compared by: countries, then topics. */
  static String signature(Enrichment e) {
    StringBuilder sb = new StringBuilder();
    for (String c : e.countryCodes()) {
      sb.append(c).append(',');
    }
    sb.append('|');
    for (EventMatch m : e.events()) {
      sb.append(m.topic()).append(',');
    }
    return sb.toString();
  }

  private static final class Side {
    final String name;
    final Enricher enricher;
    final List<ArticleText> articles;
    final long[] bytes;
    final String[] expected;
    long checked;
    int next;

    Side(String name, Enricher enricher, List<ArticleText> articles, long[] bytes) {
      this.name = name;
      this.enricher = enricher;
      this.articles = articles;
      this.bytes = bytes;
      this.expected = new String[articles.size()];
      for (int i = 0; i < articles.size(); i++) {
        expected[i] = signature(enricher.enrich(articles.get(i)));
      }
    }

    /** One turn: tags texts round-robin until {@code nanos} of CPU (or wall) time have passed; MB/s. */
    double turn(ThreadMXBean mx, boolean cpu, long nanos) {
      long start = cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime();
      long total = 0;
      long elapsed;
      do {
        for (int k = 0; k < 8; k++) {
          Enrichment e = enricher.enrich(articles.get(next));
          String got = signature(e);
          if (!got.equals(expected[next])) {
            throw new IllegalStateException("tagger " + name + " tagged text " + next + " as " + got + " after tagging it as "
                + expected[next] + " before timing: its output is not stable, so its time measures nothing. Check that "
                + "the rules file is not being rewritten during the run");
          }
          checked++;
          total += bytes[next];
          next = (next + 1) % articles.size();
        }
        elapsed = (cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime()) - start;
      } while (elapsed < nanos);
      return total / 1e6 / (elapsed / 1e9);
    }
  }
}
