package io.wirewatch.alert.delivery;

import io.wirewatch.UserException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Links from an alert back to the dashboard: the evidence view of its article is
 * {@code <dashboard>#/articles/<article id>}, where the dashboard shows the sentences, matched words
 * and rules behind every tag.
 *
 * @param dashboard the dashboard's base URL, ending in {@code /}; null for no links
 */
public record AlertLinks(String dashboard) {
  /** No links (tests, receivers without a dashboard). */
  public static final AlertLinks NONE = new AlertLinks(null);
  /** Where {@code wirewatch dev} and {@code wirewatch web} serve the dashboard by default. */
  public static final String DEFAULT_DASHBOARD = "http://localhost:8080/";

  /**
   * Links to the dashboard at {@code url}.
   *
   * @throws UserException when {@code url} is not an absolute http(s) URL
   */
  public static AlertLinks to(String url) {
    String problem = null;
    try {
      URI u = new URI(url == null ? "" : url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
        problem = "is not an absolute http(s) URL";
      } else if (u.getRawFragment() != null || u.getRawQuery() != null) {
        problem = "has a query or fragment";
      }
    } catch (URISyntaxException e) {
      problem = "is not a valid URL (" + e.getReason() + ")";
    }
    if (problem != null) {
      throw new UserException("dashboard URL \"" + url + "\" " + problem + ": give the address the dashboard is"
          + " served at, such as " + DEFAULT_DASHBOARD + " or https://wirewatch.example/");
    }
    String base = url.strip();
    return new AlertLinks(base.endsWith("/") ? base : base + "/");
  }

  /** The evidence view of {@code articleId}, or null without a dashboard or article. */
  public String evidence(String articleId) {
    if (dashboard == null || articleId == null || articleId.isEmpty()) {
      return null;
    }
    return dashboard + "#/articles/" + encode(articleId);
  }

  // Percent-encodes all but RFC 3986 unreserved characters, so any article id survives in a fragment
  // and the dashboard reads it back with decodeURIComponent.
  private static String encode(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }
}
