package io.wirewatch.alert.http;

import io.javalin.config.JavalinConfig;
import io.wirewatch.alert.SubscriptionStore;
import io.wirewatch.http.JsonErrors;
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

  private final SubscriptionStore store;
  private final int max;

  public SubscriptionQuota(SubscriptionStore store, int max) {
    this.store = store;
    this.max = max;
  }

  @Override
  public void accept(JavalinConfig config) {
    config.routes.before("/api/subscriptions", ctx -> {
      if (!ctx.method().name().equals("POST")) {
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
}
