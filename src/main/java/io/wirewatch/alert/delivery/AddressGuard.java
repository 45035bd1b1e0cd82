package io.wirewatch.alert.delivery;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Keeps webhooks off the internal network: resolves the URL's host and refuses it if ANY of its
 * addresses is loopback, link-local (including cloud metadata at 169.254.169.254), private
 * (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10), unspecified or multicast.
 * Loopback can be allowed for local development ({@code wirewatch dev}), private ranges separately.
 *
 * <p>The check runs before every request, and redirects are never followed, so a public name that
 * later points inward is caught at the next delivery. (A name that changes between this check and
 * the connection itself is not: that window is milliseconds.)
 */
public final class AddressGuard {
  /** Resolves host names; replaceable in tests. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final boolean allowLoopback;
  private final boolean allowPrivate;
  private final Resolver resolver;

  public AddressGuard(boolean allowLoopback, boolean allowPrivate, Resolver resolver) {
    this.allowLoopback = allowLoopback;
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  public AddressGuard(boolean allowLoopback, boolean allowPrivate) {
    this(allowLoopback, allowPrivate, InetAddress::getAllByName);
  }

  /** Null when {@code url} may be called, else why not (one line, with the fix). */
  public String refusal(URI url) {
    String host = url.getHost();
    if (host == null) {
      return "URL " + url + " has no host";
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return null; // not refused: the connection attempt fails and is retried like any network error
    }
    for (InetAddress a : addresses) {
      String kind = kind(a);
      if (kind == null) {
        continue;
      }
      if (kind.equals("loopback") && allowLoopback) {
        continue;
      }
      if (!kind.equals("loopback") && allowPrivate) {
        continue;
      }
      return "webhook host " + host + " resolves to " + kind + " address " + a.getHostAddress()
          + ": refused so subscriptions cannot reach the internal network (allow it with "
          + (kind.equals("loopback") ? "--allow-loopback" : "--allow-private-addresses") + " if this is intended)";
    }
    return null;
  }

  /** "loopback", "private", "link-local"... or null for a public address. */
  static String kind(InetAddress a) {
    if (a.isLoopbackAddress()) {
      return "loopback";
    }
    if (a.isAnyLocalAddress()) {
      return "unspecified";
    }
    if (a.isLinkLocalAddress()) {
      return "link-local";
    }
    if (a.isSiteLocalAddress()) {
      return "private";
    }
    if (a.isMulticastAddress()) {
      return "multicast";
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      if (first == 0) {
        return "unspecified";
      }
      if (first == 100 && second >= 64 && second <= 127) {
        return "private"; // carrier-grade NAT, RFC 6598
      }
    } else if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
      return "private"; // unique local, RFC 4193
    }
    return null;
  }
}
