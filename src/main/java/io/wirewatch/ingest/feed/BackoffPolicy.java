package io.wirewatch.ingest.feed;

import io.wirewatch.retry.Backoff;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before polling a failing feed again: {@code initial × multiplier^(failures-1)},
 * capped at {@code max} (the {@link Backoff} schedule, without jitter). After a success the feed returns to its normal interval. Immutable.
 *
 * <pre>{@code
 * BackoffPolicy p = new BackoffPolicy(Duration.ofSeconds(5), Duration.ofMinutes(15), 2.0);
 * p.delayAfter(1); // 5 s
 * p.delayAfter(3); // 20 s
 * p.delayAfter(20); // 15 min
 * }</pre>
 */
public record BackoffPolicy(Duration initial, Duration max, double multiplier) {

  public BackoffPolicy {
    if (initial.isNegative() || initial.isZero()) {
      throw new IllegalArgumentException("initial backoff must be > 0, got " + initial);
    }
    if (max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("max backoff " + max + " must be >= initial " + initial);
    }
    if (!(multiplier >= 1.0)) {
      throw new IllegalArgumentException("backoff multiplier must be >= 1, got " + multiplier);
    }
  }

  /** 5 s, doubling, at most 15 minutes. */
  public static BackoffPolicy defaults() {
    return new BackoffPolicy(Duration.ofSeconds(5), Duration.ofMinutes(15), 2.0);
  }

  /** The delay after the given number of consecutive failures (>= 1). */
  public Duration delayAfter(int consecutiveFailures) {
    return new Backoff(initial, max, multiplier, 0).delay(consecutiveFailures, RandomGenerator.getDefault());
  }
}
