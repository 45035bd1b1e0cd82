package io.wirewatch.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stable article ids and content hashes. Pure functions, thread-safe.
 *
 * <p>The id of an article is, in order of preference:
 *
 * <ol>
 *   <li>the source's own id (ninjs {@code uri}, RSS {@code guid}, Atom {@code id}, JSON {@code id});
 *       when that id is itself an http(s) URL it is canonicalised like any URL, so a feed whose
 *       guid is its permalink and a JSON copy giving the same link agree;
 *   <li>else the canonical URL ({@link #canonicalUrl});
 *   <li>else {@code sha256:} and the first 32 hex digits of SHA-256 over the lower-cased source,
 *       a newline and the normalised headline, so re-sending the same wire copy (even with an
 *       edited body) keeps its id.
 * </ol>
 */
public final class ArticleIdentity {
  /**
   * Query parameters that track the reader rather than name the page. utm_* is matched by prefix.
   * Sources: Google Analytics campaign parameters (utm_*), Google Ads auto-tagging (gclid, gclsrc,
   * dclid, gbraid, wbraid), Facebook (fbclid), Mailchimp (mc_cid, mc_eid), Microsoft Ads (msclkid),
   * Yandex (yclid), HubSpot (_hsenc, _hsmi), Marketo (mkt_tok), Instagram (igshid), Microsoft
   * (ocid), Adobe/AT Internet campaign ids (cmpid, at_medium, at_campaign), Twitter (ref_src).
   * Short generic names (s, t, ref) are kept: on many sites they name the page.
   */
  private static final Set<String> TRACKING = Set.of(
      "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "mc_cid", "mc_eid", "msclkid",
      "yclid", "_hsenc", "_hsmi", "mkt_tok", "igshid", "ocid", "cmpid", "at_medium", "at_campaign",
      "ref_src", "__twitter_impression");

  private ArticleIdentity() {}

  /** The stable id of an article (see the class comment). */
  public static String idOf(RawArticle a) {
    if (a.sourceId() != null) {
      String sid = a.sourceId().strip();
      if (looksLikeHttpUrl(sid)) {
        String canonical = canonicalUrl(sid);
        if (canonical != null) {
          return canonical;
        }
      }
      return sid;
    }
    if (a.url() != null) {
      String canonical = canonicalUrl(a.url());
      if (canonical != null) {
        return canonical;
      }
    }
    String source = a.source() == null ? "unknown" : a.source().toLowerCase(Locale.ROOT);
    return "sha256:" + sha256(source + "\n" + Text.inline(a.headline())).substring(0, 32);
  }

  /**
   * SHA-256 (hex) of the normalised headline and body: two copies that differ only in whitespace
   * hash the same; any change of words makes a new hash, hence a new revision.
   */
  public static String contentHash(String headline, String body) {
    return normalizedContentHash(Text.inline(headline), Text.paragraphs(body));
  }

  /** {@link #contentHash} of a headline and body that are already normalised (a RawArticle's). */
  static String normalizedContentHash(String headline, String body) {
    return normalizedContentHash(headline, String.valueOf(body).getBytes(StandardCharsets.UTF_8));
  }

  /** The content hash of a parsed article, from the body's UTF-8 when the parser kept it. */
  static String contentHashOf(RawArticle a) {
    byte[] body = a.bodyUtf8();
    return body != null ? normalizedContentHash(a.headline(), body) : normalizedContentHash(a.headline(), a.body());
  }

  /** As {@link #normalizedContentHash(String, String)}, given the body's UTF-8. */
  private static String normalizedContentHash(String headline, byte[] body) {
    // Digested part by part: the same bytes as sha256(headline + "\n\n" + body).
    MessageDigest md = SHA256.get();
    md.update(String.valueOf(headline).getBytes(StandardCharsets.UTF_8));
    md.update(PARAGRAPH_BREAK);
    md.update(body);
    return HexFormat.of().formatHex(md.digest());
  }

  private static final byte[] PARAGRAPH_BREAK = {'\n', '\n'};

  /** One digest per thread: looking up the provider for each article is a measurable cost. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(ArticleIdentity::newSha256);

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The canonical form of an http(s) URL, or null when it is not one: scheme and host lower-cased,
   * default port dropped, empty path made "/", fragment dropped, tracking parameters (utm_* and
   * {@link #TRACKING}) removed, the remaining query parameters sorted (stable for equal keys).
   */
  public static String canonicalUrl(String url) {
    if (url == null) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme();
    if (scheme == null || uri.getRawAuthority() == null) {
      return null;
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return null;
    }
    String host = uri.getHost();
    if (host == null) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = uri.getPort();
    boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
        || (scheme.equals("https") && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();

    StringBuilder sb = new StringBuilder(scheme).append("://");
    if (uri.getRawUserInfo() != null) {
      sb.append(uri.getRawUserInfo()).append('@');
    }
    sb.append(host);
    if (!defaultPort) {
      sb.append(':').append(port);
    }
    sb.append(path);
    String query = canonicalQuery(uri.getRawQuery());
    if (!query.isEmpty()) {
      sb.append('?').append(query);
    }
    return sb.toString();
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (name.startsWith("utm_") || TRACKING.contains(name)) {
        continue;
      }
      kept.add(pair);
    }
    // Sort by name only, keeping the original order of repeated names (a=2&a=1 is not a=1&a=2).
    kept.sort((x, y) -> paramName(x).compareTo(paramName(y)));
    return String.join("&", kept);
  }

  private static String paramName(String pair) {
    int eq = pair.indexOf('=');
    return eq < 0 ? pair : pair.substring(0, eq);
  }

  private static boolean looksLikeHttpUrl(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code s}. */
  public static String sha256(String s) {
    return HexFormat.of().formatHex(SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
