package io.wirewatch.web.auth;

import java.util.Locale;

/** What a token may do with the HTTP API. */
public enum Scope {
  /** The dashboard's data, every GET route, the live feed (SSE) and /metrics. */
  READ,
  /** POST /api/articles. */
  INGEST,
  /** Subscriptions (list, add, delete), and read. */
  ADMIN;

  /** The scope as written in token files and messages: read, ingest, admin. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
