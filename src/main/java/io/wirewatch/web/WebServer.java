package io.wirewatch.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.wirewatch.http.JsonErrors;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of Wirewatch: a Javalin instance that features add their routes to, and that
 * answers every error (4xx and 5xx, including unknown routes) with the JSON body of
 * {@link JsonErrors}: {@code {"error": "...", "status": N, "details": [...]}}.
 *
 * <pre>{@code
 * try (WebServer web = WebServer.start(8080, List.of(new ArticleIngestRoutes(...)))) {
 *   ... web.port() ...
 * }
 * }</pre>
 *
 * Routes are {@code Consumer<JavalinConfig>}: Javalin 7 declares routes in its configuration
 * ({@code config.routes.post(...)}), before the server starts.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WebServer.class);
  private static final int[] ERROR_STATUSES = {
    400, 401, 403, 404, 405, 406, 408, 409, 410, 411, 413, 414, 415, 422, 429,
    500, 501, 502, 503, 504
  };

  private final Javalin app;
  private final List<Consumer<JavalinConfig>> routes;

  private WebServer(Javalin app, List<Consumer<JavalinConfig>> routes) {
    this.app = app;
    this.routes = routes;
  }

  /**
   * Starts a server on {@code port} (0 picks a free one) with the given routes.
   *
   * @param routes each adds its routes (and may tune the config) before the server starts; those
   *     that are {@link AutoCloseable} are closed by {@link #close()}, before the server stops
   */
  public static WebServer start(int port, List<Consumer<JavalinConfig>> routes) {
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.exception(HttpResponseException.class, (e, ctx) ->
          JsonErrors.write(ctx, e.getStatus(), e.getMessage(), List.of()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        try {
          log.error("{} {} failed", ctx.method(), ctx.path(), e);
          JsonErrors.write(ctx, 500, "internal error: " + e.getClass().getSimpleName(), List.of());
        } catch (RuntimeException gone) {
          // the request is already finished (a stream whose client left): nobody to answer
          log.debug("error after the response was done: {}", e.toString());
        }
      });
      for (int status : ERROR_STATUSES) {
        config.routes.error(status, ctx -> {
          if (!isJson(ctx)) {
            JsonErrors.write(ctx, ctx.statusCode(), defaultMessage(ctx), List.of());
          }
        });
      }
      routes.forEach(r -> r.accept(config));
    });
    app.start(port);
    return new WebServer(app, List.copyOf(routes));
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  public Javalin javalin() {
    return app;
  }

  /** Closes the closeable route contributors (open event streams end first), then stops. */
  @Override
  public void close() {
    for (Consumer<JavalinConfig> r : routes) {
      if (r instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception e) {
          log.warn("error while closing {}: {}", r.getClass().getSimpleName(), e.toString());
        }
      }
    }
    app.stop();
  }

  private static boolean isJson(Context ctx) {
    String ct = ctx.res().getContentType();
    return ct != null && ct.startsWith("application/json") && ctx.result() != null
        && !ctx.result().isEmpty();
  }

  private static String defaultMessage(Context ctx) {
    return switch (ctx.statusCode()) {
      case 404 -> "no route for " + ctx.method() + " " + ctx.path();
      case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path();
      case 401 -> "authentication required";
      case 413 -> "request body too large";
      case 415 -> "unsupported content type";
      default -> "request failed with HTTP " + ctx.statusCode();
    };
  }
}
