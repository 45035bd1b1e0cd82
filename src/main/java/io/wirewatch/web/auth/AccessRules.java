package io.wirewatch.web.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * Which scope each request needs. Open: {@code /health}, {@code /ready}, the API description and
 * the dashboard's static files (the page shell, which holds no data and asks for a token when the
 * API answers 401). Everything else needs a token:
 *
 * <ul>
 *   <li>{@code POST /api/articles}: ingest;
 *   <li>{@code /api/subscriptions} (any method): admin;
 *   <li>any other GET or HEAD, including {@code /metrics} and the live feed: read;
 *   <li>any other method: admin.
 * </ul>
 */
public final class AccessRules {
  private AccessRules() {}

  /** The scope {@code method path} needs, or empty when it is open. */
  public static Optional<Scope> required(String method, String path) {
    String m = method.toUpperCase(Locale.ROOT);
    boolean read = m.equals("GET") || m.equals("HEAD");
    if (m.equals("OPTIONS")) {
      return Optional.empty();
    }
    if (read && (path.equals("/health") || path.equals("/ready") || path.equals("/api/openapi.json"))) {
      return Optional.empty();
    }
    if (path.equals("/api/subscriptions") || path.startsWith("/api/subscriptions/")) {
      return Optional.of(Scope.ADMIN);
    }
    if (path.equals("/api/articles") && m.equals("POST")) {
      return Optional.of(Scope.INGEST);
    }
    if (read) {
      boolean data = path.startsWith("/api/") || path.equals("/api") || path.equals("/metrics");
      return data ? Optional.of(Scope.READ) : Optional.empty();
    }
    return Optional.of(Scope.ADMIN);
  }
}
