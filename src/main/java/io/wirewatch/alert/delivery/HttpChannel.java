package io.wirewatch.alert.delivery;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Subscription;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * POSTs alerts as JSON to the subscription's URL: the generic webhook body or the Slack-compatible
 * one. Every request carries {@code Idempotency-Key} (the alert id) and {@code X-Wirewatch-Timestamp};
 * when the subscription has a secret, also {@code X-Wirewatch-Signature} (see {@link WebhookSigner}).
 *
 * <p>Before each request the address guard checks the URL and resolves its host once; the
 * connection is pinned to the addresses it approved ({@link PinnedDns}) while TLS verifies the
 * certificate against the host name. Redirects are not followed and no proxy is used (a proxy
 * would resolve the name again, out of the guard's sight).
 */
public final class HttpChannel implements Channel {
  private static final MediaType JSON = MediaType.get("application/json");
  private final OkHttpClient http;
  private final AddressGuard guard;
  private final Clock clock;
  private final Duration timeout;
  private final Function<Alert, String> body;

  private HttpChannel(OkHttpClient http, AddressGuard guard, Clock clock, Duration timeout, Function<Alert, String> body) {
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

  private static OkHttpClient client(Duration timeout) {
    return new OkHttpClient.Builder()
        .connectTimeout(timeout).readTimeout(timeout).writeTimeout(timeout).callTimeout(timeout)
        .followRedirects(false).followSslRedirects(false)
        .proxy(Proxy.NO_PROXY)
        .retryOnConnectionFailure(false) // the retry policy decides, with its backoff
        .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)) // each attempt checks and pins afresh
        .build();
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
    AddressGuard.Approval approval = guard.approve(uri);
    if (approval.refusal() != null) {
      return DeliveryResult.fail(approval.refusal());
    }
    if (approval.unresolved() != null) {
      return DeliveryResult.retry(approval.unresolved());
    }
    byte[] bytes = body.apply(alert).getBytes(StandardCharsets.UTF_8);
    long ts = clock.instant().getEpochSecond();
    Request.Builder req = new Request.Builder().url(url)
        .header("User-Agent", "Wirewatch-Alerts/1")
        .header(WebhookSigner.IDEMPOTENCY_HEADER, alert.getId())
        .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(ts))
        .header("X-Wirewatch-Alert-Kind", alert.getKind().name())
        .post(RequestBody.create(bytes, JSON));
    String secret = s.getChannel().getSecret();
    if (secret != null && !secret.isEmpty()) {
      req.header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.sign(secret, ts, bytes));
    }
    OkHttpClient pinned = http.newBuilder().dns(new PinnedDns(uri.getHost(), approval.addresses())).build();
    try (Response resp = pinned.newCall(req.build()).execute()) {
      Map<String, String> headers = new TreeMap<>();
      resp.headers().toMultimap().forEach((k, v) -> headers.put(k, String.join(", ", v)));
      String text = resp.peekBody(8192).string();
      text = text.substring(0, Math.min(2000, text.length()));
      String ra = resp.header("Retry-After");
      Duration retryAfter = ra == null ? null : retryAfter(ra, clock);
      return DeliveryResult.ofStatus(resp.code(), retryAfter, headers, text);
    } catch (InterruptedIOException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("interrupted while calling " + uri.getHost());
      }
      return DeliveryResult.retry("no answer from " + uri.getHost() + " within " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      return DeliveryResult.retry("cannot reach " + uri.getHost() + ": " + e);
    }
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
