package io.wirewatch.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Bounded exponential backoff, the one schedule every retry in Wirewatch follows: retry n (from 1)
 * waits {@code min(max, initial × multiplier^(n-1))}, shortened by a random fraction of at most
 * {@code jitter} so that many clients retrying one server spread out. Callers check the values
 * against their own option names first; this record only refuses what cannot be computed.
 *
 * @param initial the wait before the first retry
 * @param max the longest wait
 * @param multiplier growth per retry, at least 1
 * @param jitter from 0 (none) to 1
 */
public record Backoff(Duration initial, Duration max, double multiplier, double jitter) {
  public Backoff {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (!(multiplier >= 1) || !(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("backoff multiplier must be >= 1 and jitter in [0, 1], got " + multiplier
          + " and " + jitter);
    }
  }

  /** Doubling waits without jitter. */
  public static Backoff doubling(Duration initial, Duration max) {
    return new Backoff(initial, max, 2.0, 0.0);
  }

  /** The wait before retry {@code retry} (1 for the first retry; none before the first attempt). */
  public Duration delay(int retry, RandomGenerator random) {
    if (retry < 1) {
      return Duration.ZERO;
    }
    double base = Math.min(max.toMillis(), initial.toMillis() * Math.pow(multiplier, retry - 1));
    double shortened = jitter == 0 ? base : base * (1 - jitter * random.nextDouble());
    return Duration.ofMillis(Math.round(shortened));
  }
}
