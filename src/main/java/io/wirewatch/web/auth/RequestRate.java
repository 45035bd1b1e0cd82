package io.wirewatch.web.auth;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code perMinute} writes a minute, in bursts of up to
 * {@code perMinute}. Thread-safe; the clock is injected ({@code System::nanoTime} in production).
 */
final class RequestRate {
  private static final int MAX_TRACKED = 10_000;

  private final double perNano;
  private final double burst;
  private final LongSupplier nanos;
  private final Map<String, double[]> buckets = new HashMap<>(); // address -> {tokens, last refill}

  RequestRate(int perMinute, LongSupplier nanos) {
    this.burst = perMinute;
    this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
    this.nanos = nanos;
  }

  /** Zero when a request from {@code address} may go ahead now (and counts it), else how long to wait. */
  synchronized Duration take(String address) {
    long now = nanos.getAsLong();
    if (buckets.size() > MAX_TRACKED) {
      buckets.values().removeIf(b -> b[0] + (now - (long) b[1]) * perNano >= burst); // full again: forget
    }
    double[] b = buckets.computeIfAbsent(address, a -> new double[] {burst, now});
    b[0] = Math.min(burst, b[0] + (now - (long) b[1]) * perNano);
    b[1] = now;
    if (b[0] >= 1) {
      b[0] -= 1;
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil((1 - b[0]) / perNano));
  }
}
