package io.wirewatch.web.auth;

import io.javalin.config.JavalinConfig;
import io.wirewatch.UserException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Which network interface the HTTP server listens on, and whether that is safe without tokens.
 * {@code dev} listens on 127.0.0.1 (like its Kafka broker and registry) unless told otherwise; the
 * {@code web} role refuses to listen beyond this machine with no tokens unless told
 * {@code --insecure-no-auth}.
 *
 * <p>As a route contributor it sets the address Jetty binds to: {@code WebServer.start} only sets
 * the port, so the host given here wins.
 */
public record HttpExposure(String host) implements Consumer<JavalinConfig> {
  /** Where {@code dev} listens by default. */
  public static final String LOOPBACK = "127.0.0.1";

  public HttpExposure {
    if (host == null || host.isBlank()) {
      throw new UserException("--http-host is empty: give an address such as 127.0.0.1 (this machine only) "
          + "or 0.0.0.0 (every interface)");
    }
    host = host.strip();
  }

  /** True when only this machine can connect (127.0.0.0/8, ::1, or a name that resolves only there). */
  public boolean loopbackOnly() {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(h.startsWith("[") ? h.substring(1, h.length() - 1) : h)) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      throw new UserException("--http-host " + host + " is not an address of this machine (" + e.getMessage()
          + "): use 127.0.0.1, 0.0.0.0 or one of this machine's addresses", e);
    }
  }

  /**
   * The warning {@code dev} prints when it listens beyond this machine with no tokens, or null when
   * there is nothing to warn about.
   */
  public String warning(boolean tokens) {
    if (tokens || loopbackOnly()) {
      return null;
    }
    return "WARNING: the dashboard and API listen on " + host + " with no tokens: anyone who can reach this "
        + "address can post articles into the alert stream, add a subscription that sends every alert to a URL "
        + "of theirs, and delete the desk's subscriptions. Give tokens (--tokens-file or WIREWATCH_TOKEN_* "
        + "variables) or listen on 127.0.0.1.";
  }

  /**
   * Refuses (for the {@code web} role) an address beyond this machine with no tokens.
   *
   * @throws UserException naming the address, the rule and the two ways out
   */
  public void requireTokensUnlessLoopback(boolean tokens, boolean insecureNoAuth) {
    if (tokens || insecureNoAuth || loopbackOnly()) {
      return;
    }
    throw new UserException("refusing to serve the API on " + host + " with no tokens: anyone who can reach it "
        + "could post articles and add or delete subscriptions. Give tokens with --tokens-file FILE (or "
        + "WIREWATCH_TOKEN_READ / _INGEST / _ADMIN), listen on 127.0.0.1 with --http-host, or accept the "
        + "risk with --insecure-no-auth");
  }

  @Override
  public void accept(JavalinConfig config) {
    config.jetty.host = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
  }
}
