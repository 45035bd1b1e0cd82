package io.wirewatch.registry;

import java.time.Duration;
import java.util.Objects;

/**
 * How a registry client retries a request that failed for a reason that may pass (connection
 * error, HTTP 408, 429 or 5xx): up to {@code maxRetries} more rounds over every URL, waiting
 * {@code initialWait}, then twice as long each round, never longer than {@code maxWait}.
 *
 * @param maxRetries extra rounds after the first one, 0 for none
 * @param initialWait the wait before the first retry
 * @param maxWait the longest wait between two rounds
 * @param sleeper how to wait (tests pass one that records and returns at once)
 */
public record RetryPolicy(int maxRetries, Duration initialWait, Duration maxWait, Sleeper sleeper) {
  /** The Confluent client defaults: 3 retries, 1 s first wait, at most 20 s. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(20), Sleeper.SYSTEM);

  /** Waits; an interface so tests need not wait for real. */
  @FunctionalInterface
  public interface Sleeper {
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
  }

  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
    }
    Objects.requireNonNull(initialWait, "initialWait");
    Objects.requireNonNull(maxWait, "maxWait");
    Objects.requireNonNull(sleeper, "sleeper");
  }

  /** A policy that never retries. */
  public static RetryPolicy none() {
    return new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Sleeper.SYSTEM);
  }

  public RetryPolicy withSleeper(Sleeper value) {
    return new RetryPolicy(maxRetries, initialWait, maxWait, value);
  }

  /** The wait before retry round {@code retry} (1 for the first retry). */
  public Duration waitBefore(int retry) {
    if (retry < 1) {
      return Duration.ZERO;
    }
    long factor = 1L << Math.min(30, retry - 1);
    long millis = initialWait.toMillis() > Long.MAX_VALUE / factor ? Long.MAX_VALUE : initialWait.toMillis() * factor;
    return Duration.ofMillis(Math.min(millis, maxWait.toMillis()));
  }

  /** Whether an HTTP status is worth retrying: 408, 429 and every 5xx. */
  public static boolean retriable(int status) {
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
  }
}
