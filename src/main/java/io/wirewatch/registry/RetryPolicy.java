package io.wirewatch.registry;

import io.wirewatch.retry.Backoff;
import io.wirewatch.retry.Sleeper;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

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
    return Backoff.doubling(initialWait, maxWait).delay(retry, RandomGenerator.getDefault());
  }

  /** Whether an HTTP status is worth retrying: 408, 429 and every 5xx. */
  public static boolean retriable(int status) {
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
  }
}
