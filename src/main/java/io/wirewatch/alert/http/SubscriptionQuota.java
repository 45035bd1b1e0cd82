package io.wirewatch.alert.http;

import io.javalin.config.JavalinConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.alert.SubscriptionStore;
import io.wirewatch.alert.delivery.AddressGuard;
import io.wirewatch.alert.delivery.WebhookUrl;
import io.wirewatch.http.JsonErrors;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

/**
 * Caps the number of subscriptions {@code POST /api/subscriptions} may create: each one is a
 * consumer of every alert, so an unbounded number is a way to exhaust the delivery role. Above the
 * cap the answer is 409 naming the cap and the fix; nothing is written.
 */
public final class SubscriptionQuota implements Consumer<JavalinConfig> {
  /** The cap unless configured otherwise. */
  public static final int DEFAULT_MAX = 1_000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final SubscriptionStore store;
  private final int max;
  private final AddressGuard guard;

  /**
   * @param guard checks the webhook URL of a new subscription as delivery will (the same resolver
   *     and the same allowances), so an address delivery would refuse is refused at once
   */
  public SubscriptionQuota(SubscriptionStore store, int max, AddressGuard guard) {
    this.store = store;
    this.max = max;
    this.guard = guard;
  }

  @Override
  public void accept(JavalinConfig config) {
    config.routes.before("/api/subscriptions", ctx -> {
      if (!ctx.method().name().equals("POST")) {
        return;
      }
      String refusal = refusal(ctx.body());
      if (refusal != null) {
        // 422 like every other invalid subscription (SubscriptionRoutes)
        JsonErrors.write(ctx, 422, "invalid subscription: channel.url " + refusal, List.of(refusal));
        ctx.skipRemainingHandlers();
        return;
      }
      int now = store.list().size();
      if (now >= max) {
        JsonErrors.write(ctx, 409, "there are already " + now + " subscriptions, the most this server keeps (" + max
            + "): delete one with DELETE /api/subscriptions/{id} before adding another", List.of());
        ctx.skipRemainingHandlers();
      }
    });
  }

  private String refusal(String body) {
    String url;
    try {
      url = JSON.readTree(body).path("channel").path("url").textValue();
    } catch (JsonProcessingException e) {
      return null; // the route explains what is wrong with the body
    }
    if (url == null || WebhookUrl.problem(url) != null) {
      return null; // validation names the problem with the URL's form
    }
    return guard.approve(URI.create(url)).refusal();
  }
}
