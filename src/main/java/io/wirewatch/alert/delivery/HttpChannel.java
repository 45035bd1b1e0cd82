package io.wirewatch.alert.delivery;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Subscription;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * POSTs alerts as JSON to the subscription's URL: the generic webhook body or the Slack-compatible
 * one. Every request carries {@code Idempotency-Key} (the alert id) and {@code X-Wirewatch-Timestamp};
 * when the subscription has a secret, also {@code X-Wirewatch-Signature} (see {@link WebhookSigner}).
 * Redirects are not followed, and the address guard runs before each request.
 */
public final class HttpChannel implements Channel {
  private final HttpClient http;
  private final AddressGuard guard;
  private final Clock clock;
  private final Duration timeout;
  private final Function<Alert, String> body;

  private HttpChannel(HttpClient http, AddressGuard guard, Clock clock, Duration timeout, Function<Alert, String> body) {
    this.http = http;
    this.guard = guard;
    this.clock = clock;
    this.timeout = timeout;
    this.body = body;
  }

  /** The generic webhook (body: {@link AlertPayloads#webhook}). */
  public static HttpChannel webhook(AddressGuard guard, Clock clock, Duration timeout, AlertLinks links) {
    return new HttpChannel(client(timeout), guard, clock, timeout,
        a -> AlertPayloads.webhook(a, links.evidence(a.getArticleId())));
  }

  /** Slack and Mattermost incoming webhooks (body: {@link AlertPayloads#slack}). */
  public static HttpChannel slack(AddressGuard guard, Clock clock, Duration timeout, AlertLinks links) {
    return new HttpChannel(client(timeout), guard, clock, timeout,
        a -> AlertPayloads.slack(a, links.evidence(a.getArticleId())));
  }

  private static HttpClient client(Duration timeout) {
    return HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Override
  public DeliveryResult attempt(Alert alert, Subscription s) throws InterruptedException {
    String url = s.getChannel().getUrl();
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException | NullPointerException e) {
      return DeliveryResult.fail("subscription " + s.getId() + " has no valid URL (" + url + "): fix the subscription");
    }
    String refusal = guard.refusal(uri);
    if (refusal != null) {
      return DeliveryResult.fail(refusal);
    }
    byte[] bytes = body.apply(alert).getBytes(StandardCharsets.UTF_8);
    long ts = clock.instant().getEpochSecond();
    HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(timeout)
        .header("Content-Type", "application/json")
        .header("User-Agent", "Wirewatch-Alerts/1")
        .header(WebhookSigner.IDEMPOTENCY_HEADER, alert.getId())
        .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(ts))
        .header("X-Wirewatch-Alert-Kind", alert.getKind().name())
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    String secret = s.getChannel().getSecret();
    if (secret != null && !secret.isEmpty()) {
      req.header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.sign(secret, ts, bytes));
    }
    HttpResponse<String> resp;
    try {
      resp = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      return DeliveryResult.retry("no answer from " + uri.getHost() + " within " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      return DeliveryResult.retry("cannot reach " + uri.getHost() + ": " + e);
    }
    Map<String, String> headers = new TreeMap<>();
    resp.headers().map().forEach((k, v) -> headers.put(k, String.join(", ", v)));
    String text = resp.body() == null ? null : resp.body().substring(0, Math.min(2000, resp.body().length()));
    Duration retryAfter = resp.headers().firstValue("Retry-After").map(v -> retryAfter(v, clock)).orElse(null);
    return DeliveryResult.ofStatus(resp.statusCode(), retryAfter, headers, text);
  }

  /** Retry-After as delay-seconds or an HTTP date (RFC 9110 section 10.2.3); null when unreadable. */
  static Duration retryAfter(String value, Clock clock) {
    String v = value.trim();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
    } catch (NumberFormatException e) {
      try {
        Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
