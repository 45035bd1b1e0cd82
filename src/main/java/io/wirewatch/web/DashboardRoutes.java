package io.wirewatch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The dashboard and the descriptive routes: the static dashboard (HTML, CSS, JS from the jar's
 * {@code web/} folder) at {@code /}, the event-topic catalogue at {@code GET /api/topics}, and the
 * OpenAPI 3 description of the whole HTTP API at {@code GET /api/openapi.json}.
 *
 * <p>Dashboard responses carry a strict Content-Security-Policy (scripts, styles and connections
 * from this origin only; no inline script), so even a markup bug could not run article-borne script.
 */
public final class DashboardRoutes implements Consumer<JavalinConfig> {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final String topics = resource("web/event-topics.json");
  private final String openApi = resource("web/openapi.json");

  @Override
  public void accept(JavalinConfig config) {
    config.staticFiles.add(sf -> {
      sf.hostedPath = "/";
      sf.directory = "/web";
      sf.location = Location.CLASSPATH;
      sf.headers = Map.of(
          "Content-Security-Policy", CSP,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          "Cache-Control", "no-cache");
    });
    config.routes.get("/api/topics", ctx -> ctx.contentType("application/json").result(topics));
    config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
  }

  static String resource(String path) {
    try (InputStream in = DashboardRoutes.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
