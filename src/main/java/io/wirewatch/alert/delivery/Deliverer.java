package io.wirewatch.alert.delivery;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Subscription;
import java.time.Duration;
import java.time.Instant;

/**
 * Delivers one alert through a channel under a retry policy: attempts until delivered, until the
 * channel says the failure is permanent, or until a retry would start after the give-up time.
 */
public final class Deliverer {
  private final Channel channel;
  private final RetryPolicy policy;

  /** The final outcome, how many attempts it took and when the first one started. */
  public record Report(DeliveryResult last, int attempts, Instant firstAttempt) {
    public boolean delivered() {
      return last.outcome() == DeliveryResult.Outcome.DELIVERED;
    }
  }

  public Deliverer(Channel channel, RetryPolicy policy) {
    this.channel = channel;
    this.policy = policy;
  }

  public Report deliver(Alert alert, Subscription subscription) throws InterruptedException {
    Instant first = policy.clock().instant();
    int attempts = 0;
    while (true) {
      DeliveryResult r = channel.attempt(alert, subscription);
      attempts++;
      if (r.outcome() != DeliveryResult.Outcome.RETRY) {
        return new Report(r, attempts, first);
      }
      Duration wait = policy.delay(attempts, r.retryAfter());
      if (!policy.mayRetry(first, wait)) {
        DeliveryResult gaveUp = new DeliveryResult(DeliveryResult.Outcome.FAIL, r.status(), r.retryAfter(),
            "gave up after " + attempts + " attempts in " + policy.giveUpAfter() + ": " + r.reason(),
            r.responseHeaders(), r.responseBody());
        return new Report(gaveUp, attempts, first);
      }
      policy.sleep(wait);
    }
  }
}
