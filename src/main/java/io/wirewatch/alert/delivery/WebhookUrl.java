package io.wirewatch.alert.delivery;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules a webhook URL must follow before its host is even resolved: http or https, a host, no
 * user-info, and no address written in a form that different parsers read differently. The
 * addresses the host resolves to are {@link AddressGuard}'s business.
 *
 * <p>Refused forms: {@code http://2130706433/} (one decimal number), {@code http://0x7f.1/} (hex),
 * {@code http://0177.0.0.1/} (octal: 127.0.0.1 to inet_aton and curl, 177.0.0.1 to Java),
 * {@code http://127.1/} (short dotted forms), and IPv6 literals that carry an IPv4 address
 * ({@code [::ffff:10.0.0.1]} mapped, {@code [::10.0.0.1]} compatible).
 */
public final class WebhookUrl {
  /** Labels made only of digits or 0x-hex: an IPv4 address in one of inet_aton's many spellings. */
  private static final Pattern NUMERIC_HOST =
      Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?");
  private static final Pattern DOTTED_QUAD =
      Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

  private WebhookUrl() {}

  /**
   * Null when {@code url} has an acceptable form, else what is wrong with it and the fix, as the
   * end of a sentence that starts with "channel.url" (e.g. {@code "\"ftp://x\" is not an http(s)
   * URL: use https://host/path"}).
   */
  public static String problem(String url) {
    if (url == null || url.isBlank()) {
      return "is missing: give the http(s) URL the alerts should be posted to";
    }
    URI u;
    try {
      u = new URI(url);
    } catch (URISyntaxException e) {
      return quoted(url) + " is not a valid URL (" + e.getReason() + "): use https://host/path";
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return quoted(url) + " is not an http(s) URL: use https://host/path";
    }
    if (u.getRawUserInfo() != null) {
      return quoted(url) + " carries user-info (user:password@ before the host): remove it; receivers check the "
          + "X-Wirewatch-Signature made with channel.secret instead";
    }
    String host = u.getHost() != null ? u.getHost() : authorityHost(u.getRawAuthority());
    if (host == null || host.isBlank()) {
      return quoted(url) + " has no host: use https://host/path";
    }
    if (NUMERIC_HOST.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches()) {
      return quoted(url) + " writes its IPv4 address as " + host + ", a form (decimal, octal, hex or shortened) that "
          + "different programs read as different addresses: use the host name, or four decimal parts such as "
          + "203.0.113.7";
    }
    if (host.startsWith("[")) {
      String embedded = embeddedIpv4(host.substring(1, host.length() - 1));
      if (embedded != null) {
        return quoted(url) + " is an IPv6 address that carries the IPv4 address " + embedded
            + " (IPv4-mapped or -compatible): use the host name or the plain address";
      }
    }
    return null;
  }

  /** The host part of an authority java.net.URI would not call a host (such as {@code 0x7f.0.0.1:80}). */
  private static String authorityHost(String authority) {
    if (authority == null) {
      return null;
    }
    int colon = authority.lastIndexOf(':');
    return colon >= 0 && authority.indexOf(']') < colon ? authority.substring(0, colon) : authority;
  }

  /** The IPv4 address inside an IPv4-mapped or IPv4-compatible IPv6 literal, or null. */
  static String embeddedIpv4(String literal) {
    InetAddress a;
    try {
      a = InetAddress.getByName(literal); // a literal: no lookup
    } catch (UnknownHostException e) {
      return null;
    }
    if (a instanceof Inet4Address) {
      return a.getHostAddress(); // Java turns ::ffff:a.b.c.d into the IPv4 address itself
    }
    if (a instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress() && !v6.isLoopbackAddress()
        && !v6.isAnyLocalAddress()) { // ::1 and :: are not IPv4 addresses in disguise
      byte[] b = v6.getAddress();
      return (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
    }
    return null;
  }

  private static String quoted(String url) {
    String shown = url.length() > 200 ? url.substring(0, 200) + "…" : url;
    return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
  }
}
