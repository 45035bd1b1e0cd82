package io.wirewatch.alert.delivery;

import java.time.Duration;
import java.util.Map;

/**
 * The outcome of one delivery attempt.
 *
 * @param outcome DELIVERED, RETRY (worth trying again) or FAIL (will not get better: dead-letter now)
 * @param status HTTP status, or 0 when there was no response
 * @param retryAfter the receiver's Retry-After, or null
 * @param reason one line a person can act on
 * @param responseHeaders headers of the response, empty when there was none
 * @param responseBody the start of the response body, or null
 */
public record DeliveryResult(Outcome outcome, int status, Duration retryAfter, String reason,
    Map<String, String> responseHeaders, String responseBody) {

  /** How an attempt ended. */
  public enum Outcome { DELIVERED, RETRY, FAIL }

  public static DeliveryResult delivered(int status) {
    return new DeliveryResult(Outcome.DELIVERED, status, null, "delivered", Map.of(), null);
  }

  public static DeliveryResult retry(String reason) {
    return new DeliveryResult(Outcome.RETRY, 0, null, reason, Map.of(), null);
  }

  public static DeliveryResult fail(String reason) {
    return new DeliveryResult(Outcome.FAIL, 0, null, reason, Map.of(), null);
  }

  /**
   * Classifies an HTTP response: 2xx delivered; 408, 429 and 5xx retried; any other status fails for
   * good (a 4xx means the request itself is wrong, and sending it again will not help).
   */
  public static DeliveryResult ofStatus(int status, Duration retryAfter, Map<String, String> headers, String body) {
    if (status >= 200 && status < 300) {
      return new DeliveryResult(Outcome.DELIVERED, status, null, "delivered", headers, body);
    }
    boolean retriable = status == 408 || status == 429 || status >= 500;
    return new DeliveryResult(retriable ? Outcome.RETRY : Outcome.FAIL, status, retryAfter,
        "receiver answered HTTP " + status + (retriable ? "" : " (not retried: the receiver refused the request)"),
        headers, body);
  }
}
