package io.wirewatch.alert.delivery;

import io.wirewatch.retry.Backoff;
import io.wirewatch.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Bounded exponential backoff with jitter and a give-up time.
 *
 * <p>The n-th retry (n from 1) waits {@code min(max, initial × multiplier^(n-1))}, scaled by a random
 * factor in {@code [1 - jitter, 1]} so that many deliverers retrying one receiver spread out. A
 * {@code Retry-After} from the receiver raises the wait to at least that long. A retry is only made
 * if it would start before {@code firstAttempt + giveUpAfter}; otherwise the alert is dead-lettered.
 * Clock, sleeper and randomness are injected. Immutable and thread-safe if the random generator is.
 */
public final class RetryPolicy {
  private final Duration initial;
  private final Duration max;
  private final double multiplier;
  private final double jitter;
  private final Duration giveUpAfter;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;

  public RetryPolicy(Duration initial, Duration max, double multiplier, double jitter, Duration giveUpAfter,
      Clock clock, Sleeper sleeper, RandomGenerator random) {
    List<String> p = new ArrayList<>();
    if (initial == null || initial.isNegative() || initial.isZero()) {
      p.add("delivery.retry.initial must be positive, got " + initial);
    }
    if (max == null || initial != null && max.compareTo(initial) < 0) {
      p.add("delivery.retry.max must be >= delivery.retry.initial, got " + max);
    }
    if (!(multiplier >= 1)) {
      p.add("delivery.retry.multiplier must be >= 1, got " + multiplier);
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      p.add("delivery.retry.jitter must be in [0, 1], got " + jitter);
    }
    if (giveUpAfter == null || giveUpAfter.isNegative()) {
      p.add("delivery.give-up-after must be >= 0 (e.g. PT10M), got " + giveUpAfter);
    }
    if (!p.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", p));
    }
    this.initial = initial;
    this.max = max;
    this.multiplier = multiplier;
    this.jitter = jitter;
    this.giveUpAfter = giveUpAfter;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
  }

  /** 1 s doubling to 60 s, ±20% jitter, give up after 10 minutes, on the system clock. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 2.0, 0.2, Duration.ofMinutes(10),
        Clock.systemUTC(), Sleeper.SYSTEM, RandomGenerator.getDefault());
  }

  public RetryPolicy withGiveUpAfter(Duration d) {
    return new RetryPolicy(initial, max, multiplier, jitter, d, clock, sleeper, random);
  }

  public RetryPolicy withBackoff(Duration initialDelay, Duration maxDelay) {
    return new RetryPolicy(initialDelay, maxDelay, multiplier, jitter, giveUpAfter, clock, sleeper, random);
  }

  public RetryPolicy with(Clock c, Sleeper s, RandomGenerator r) {
    return new RetryPolicy(initial, max, multiplier, jitter, giveUpAfter, c, s, r);
  }

  public Duration giveUpAfter() {
    return giveUpAfter;
  }

  public Clock clock() {
    return clock;
  }

  /** The wait before retry number {@code retry} (1 for the first retry), honouring {@code retryAfter} when given. */
  public Duration delay(int retry, Duration retryAfter) {
    Duration d = new Backoff(initial, max, multiplier, jitter).delay(Math.max(1, retry), random);
    d = d.isZero() ? Duration.ofMillis(1) : d;
    return retryAfter != null && retryAfter.compareTo(d) > 0 ? retryAfter : d;
  }

  /** True when a retry after waiting {@code delay} would still start within the give-up time. */
  public boolean mayRetry(Instant firstAttempt, Duration delay) {
    return !clock.instant().plus(delay).isAfter(firstAttempt.plus(giveUpAfter));
  }

  public void sleep(Duration d) throws InterruptedException {
    sleeper.sleep(d);
  }
}
