package io.wirewatch.alert.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.wirewatch.alert.DeliveryLedger;
import io.wirewatch.alert.InvalidSubscriptionException;
import io.wirewatch.alert.SubscriptionRequest;
import io.wirewatch.alert.SubscriptionStore;
import io.wirewatch.alert.SubscriptionState;
import io.wirewatch.alert.Subscriptions;
import io.wirewatch.alert.UnknownSubscriptionException;
import io.wirewatch.avro.Subscription;
import java.time.Instant;
import io.wirewatch.http.JsonErrors;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * HTTP routes for subscriptions:
 *
 * <ul>
 *   <li>{@code POST /api/subscriptions} with the JSON of {@link SubscriptionRequest}: 201 and
 *       {@code {"id": "sub-..."}}, 400 when the body is not a subscription, 422 with every problem in
 *       {@code details} when its fields are invalid (the {@link JsonErrors} body);
 *   <li>{@code GET /api/subscriptions}: 200 and the list, secrets shown as {@code "***"}, each with its
 *       state ({@code active}, {@code paused}, {@code snoozed}) and, when a {@link DeliveryLedger} is
 *       given, its {@code lastAlert} and {@code delivery} state ({@code ok}, {@code failing},
 *       {@code paused}, {@code snoozed});
 *   <li>{@code GET /api/subscriptions/{id}}: one subscription, the same shape;
 *   <li>{@code POST /api/subscriptions/{id}/pause}, {@code .../resume}: 200 and the subscription;
 *   <li>{@code POST /api/subscriptions/{id}/snooze} with {@code {"until": "2h"}} (or {@code ?until=}),
 *       an ISO-8601 instant or a duration from now: 200 and the subscription; 400 naming the value
 *       when it is unreadable, not in the future or more than 90 days away;
 *   <li>{@code DELETE /api/subscriptions/{id}}: 204.
 * </ul>
 *
 * An unknown id gets 404 with {@code {"error": ...}} naming it.
 */
public final class SubscriptionRoutes {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private SubscriptionRoutes() {}

  /** The body of {@code POST .../snooze}. */
  record SnoozeRequest(String until) {}

  /** Adds the routes to a created (not necessarily started) server. */
  public static void register(Javalin app, SubscriptionStore store) {
    register(app.unsafe.routes, store, null);
  }

  /** Adds the routes while the server is configured ({@code Javalin.create(cfg -> register(cfg.routes, ...))}). */
  public static void register(RoutesConfig routes, SubscriptionStore store) {
    register(routes, store, null);
  }

  /**
   * Adds the routes while the server is configured.
   *
   * @param ledger last alerts and delivery failures, or null to list subscriptions without them
   */
  public static void register(RoutesConfig routes, SubscriptionStore store, DeliveryLedger ledger) {
    routes.post("/api/subscriptions", ctx -> add(ctx, store));
    routes.get("/api/subscriptions", ctx -> {
      Instant now = store.clock().instant();
      json(ctx, 200, store.list().stream().map(s -> view(s, ledger, now)).toList());
    });
    routes.get("/api/subscriptions/{id}", ctx -> {
      Instant now = store.clock().instant();
      Optional<Subscription> s = store.get(ctx.pathParam("id"));
      if (s.isPresent()) {
        json(ctx, 200, view(s.get(), ledger, now));
      } else {
        unknown(ctx, new UnknownSubscriptionException(ctx.pathParam("id")));
      }
    });
    routes.post("/api/subscriptions/{id}/pause", ctx -> change(ctx, ledger, store, () -> store.pause(ctx.pathParam("id"))));
    routes.post("/api/subscriptions/{id}/resume", ctx -> change(ctx, ledger, store, () -> store.resume(ctx.pathParam("id"))));
    routes.post("/api/subscriptions/{id}/snooze", ctx -> {
      String until = ctx.queryParam("until");
      if (!ctx.body().isBlank()) {
        try {
          until = JSON.readValue(ctx.body(), SnoozeRequest.class).until();
        } catch (JsonProcessingException e) {
          String problem = "the body is not a snooze request: " + e.getOriginalMessage()
              + " (send {\"until\": \"2h\"} or {\"until\": \"2026-12-05T18:00:00Z\"})";
          json(ctx, 400, Map.of("error", problem, "problems", List.of(problem)));
          return;
        }
      }
      String end = until;
      change(ctx, ledger, store, () -> store.snooze(ctx.pathParam("id"), end));
    });
    routes.delete("/api/subscriptions/{id}", ctx -> {
      String id = ctx.pathParam("id");
      if (store.remove(id)) {
        ctx.status(204);
      } else {
        unknown(ctx, new UnknownSubscriptionException(id));
      }
    });
  }

  private static Map<String, Object> view(Subscription s, DeliveryLedger ledger, Instant now) {
    Map<String, Object> m = Subscriptions.publicView(s, now);
    if (ledger != null) {
      m.putAll(ledger.summary(s, now));
    }
    return m;
  }

  private static void change(Context ctx, DeliveryLedger ledger, SubscriptionStore store, Supplier<Subscription> f)
      throws JsonProcessingException {
    try {
      Subscription s = f.get();
      json(ctx, 200, view(s, ledger, store.clock().instant()));
    } catch (UnknownSubscriptionException e) {
      unknown(ctx, e);
    } catch (SubscriptionState.InvalidChange e) {
      json(ctx, 400, Map.of("error", e.getMessage(), "problems", List.of(e.getMessage())));
    }
  }

  private static void unknown(Context ctx, UnknownSubscriptionException e) throws JsonProcessingException {
    json(ctx, 404, Map.of("error", e.getMessage()));
  }

  private static void add(Context ctx, SubscriptionStore store) throws JsonProcessingException {
    SubscriptionRequest request;
    try {
      request = JSON.readValue(ctx.body(), SubscriptionRequest.class);
    } catch (JsonProcessingException e) {
      JsonErrors.write(ctx, 400, "the body is not a subscription: " + e.getOriginalMessage()
          + " (expected fields: name, topics, countries, entities, keywords, minConfidence, updates, maxPerHour,"
          + " channel)", List.of(e.getOriginalMessage()));
      return;
    }
    try {
      Subscription s = store.add(request);
      json(ctx, 201, Map.of("id", s.getId()));
    } catch (InvalidSubscriptionException e) {
      JsonErrors.write(ctx, 422, "invalid subscription: " + e.problems().size()
          + (e.problems().size() == 1 ? " problem" : " problems") + ", each in details", e.problems());
    }
  }

  private static void json(Context ctx, int status, Object body) throws JsonProcessingException {
    ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
  }
}
