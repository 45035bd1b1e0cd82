package io.wirewatch.alert.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.wirewatch.alert.InvalidSubscriptionException;
import io.wirewatch.alert.SubscriptionRequest;
import io.wirewatch.alert.SubscriptionStore;
import io.wirewatch.alert.Subscriptions;
import io.wirewatch.avro.Subscription;
import io.wirewatch.http.JsonErrors;
import java.util.List;
import java.util.Map;

/**
 * HTTP routes for subscriptions:
 *
 * <ul>
 *   <li>{@code POST /api/subscriptions} with the JSON of {@link SubscriptionRequest}: 201 and
 *       {@code {"id": "sub-..."}}; 400 when the body is not a subscription, 422 with every problem in
 *       {@code details} when its fields are invalid (the {@link JsonErrors} body);
 *   <li>{@code GET /api/subscriptions}: 200 and the list, secrets shown as {@code "***"};
 *   <li>{@code DELETE /api/subscriptions/{id}}: 204, or 404 when there is no such subscription.
 * </ul>
 */
public final class SubscriptionRoutes {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private SubscriptionRoutes() {}

  /** Adds the routes to a created (not necessarily started) server. */
  public static void register(Javalin app, SubscriptionStore store) {
    register(app.unsafe.routes, store);
  }

  /** Adds the routes while the server is configured ({@code Javalin.create(cfg -> register(cfg.routes, ...))}). */
  public static void register(RoutesConfig routes, SubscriptionStore store) {
    routes.post("/api/subscriptions", ctx -> add(ctx, store));
    routes.get("/api/subscriptions", ctx -> json(ctx, 200,
        store.list().stream().map(Subscriptions::publicView).toList()));
    routes.delete("/api/subscriptions/{id}", ctx -> {
      String id = ctx.pathParam("id");
      if (store.remove(id)) {
        ctx.status(204);
      } else {
        JsonErrors.write(ctx, 404, "no subscription with id " + id + ": list them with GET /api/subscriptions",
            List.of());
      }
    });
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
