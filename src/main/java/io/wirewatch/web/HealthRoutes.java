package io.wirewatch.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.wirewatch.http.JsonErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code GET /health}: 200 while the process is alive. {@code GET /ready}: 200 with every check's
 * status when all {@link ReadinessCheck}s pass, else 503 with a JSON error whose {@code details}
 * name each failing check and its reason.
 */
public final class HealthRoutes implements Consumer<JavalinConfig> {
  private final List<ReadinessCheck> checks;

  public HealthRoutes(List<ReadinessCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  @Override
  public void accept(JavalinConfig config) {
    config.routes.get("/health", ctx -> {
      ObjectNode o = FeedJson.MAPPER.createObjectNode();
      o.put("status", "alive");
      ctx.json(o);
    });
    config.routes.get("/ready", this::ready);
  }

  private void ready(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    Map<String, String> statuses = new LinkedHashMap<>();
    List<Map<String, String>> failing = new ArrayList<>();
    for (ReadinessCheck c : checks) {
      Optional<String> reason = c.run();
      statuses.put(c.name(), reason.isPresent() ? "not ready" : "ok");
      reason.ifPresent(r -> {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("check", c.name());
        d.put("reason", r);
        failing.add(d);
      });
    }
    if (!failing.isEmpty()) {
      JsonErrors.write(ctx, 503, "not ready: " + failing.size() + " of " + checks.size() + " checks fail ("
          + String.join(", ", failing.stream().map(d -> d.get("check")).toList()) + ")", failing);
      return;
    }
    ObjectNode o = FeedJson.MAPPER.createObjectNode();
    o.put("status", "ready");
    ObjectNode cs = o.putObject("checks");
    statuses.forEach(cs::put);
    ctx.json(o);
  }
}
