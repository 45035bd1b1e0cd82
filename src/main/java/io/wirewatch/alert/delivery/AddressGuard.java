package io.wirewatch.alert.delivery;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Keeps webhooks off the internal network: resolves the URL's host and refuses it if ANY of its
 * addresses is loopback, link-local (including cloud metadata at 169.254.169.254), private
 * (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10), unspecified or multicast.
 * Loopback can be allowed for local development ({@code wirewatch dev}), private ranges separately.
 *
 * <p>{@link #approve} resolves the host once and returns the addresses it approved; the webhook
 * channel connects to exactly those ({@link PinnedDns}), so a name that answers a public address
 * to the check and a private one to the connection (DNS rebinding) gets nowhere. The check runs
 * before every request, and redirects are never followed.
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

  /**
   * What one check of a URL found: the addresses to connect to, or a refusal (final), or a host that
   * did not resolve (worth retrying, like any network error). Exactly one of the three is set.
   */
  public record Approval(List<InetAddress> addresses, String refusal, String unresolved) {
    static Approval refused(String why) {
      return new Approval(List.of(), why, null);
    }
  }

  /** Null when {@code url} may be called, else why not (one line, with the fix). */
  public String refusal(URI url) {
    return approve(url).refusal();
  }

  /** Checks {@code url}'s form, resolves its host once and checks every address. */
  public Approval approve(URI url) {
    String problem = WebhookUrl.problem(url.toString());
    if (problem != null) {
      return Approval.refused("webhook URL " + problem);
    }
    String host = url.getHost();
    if (host == null) {
      return Approval.refused("webhook URL " + url + " has a host that is not a valid DNS name or address: "
          + "use letters, digits, dots and hyphens, such as hooks.example");
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return new Approval(List.of(), null, "cannot resolve webhook host " + host + ": " + e.getMessage());
    }
    if (addresses == null || addresses.length == 0) {
      return new Approval(List.of(), null, "webhook host " + host + " resolves to no address");
    }
    String why = refusal(host, addresses);
    return why != null ? Approval.refused(why) : new Approval(List.of(addresses), null, null);
  }

  private String refusal(String host, InetAddress[] addresses) {
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

  /** The kind of the IPv4 address carried at {@code offset} of an IPv6 address, or null when it is public. */
  private static String embedded(byte[] b, int offset, String wrapper) {
    try {
      String inner = kind(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, offset, offset + 4)));
      return inner == null ? null : inner + " (inside " + wrapper + ")";
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // four bytes are always an address
    }
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
    } else if (a instanceof Inet6Address v6) {
      if ((b[0] & 0xfe) == 0xfc) {
        return "private"; // unique local, RFC 4193
      }
      if (v6.isIPv4CompatibleAddress()) {
        return "IPv4-compatible";
      }
      if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
        return embedded(b, 12, "NAT64"); // 64:ff9b::/96, RFC 6052
      }
      if (b[0] == 0x20 && b[1] == 0x02) {
        return embedded(b, 2, "6to4"); // 2002::/16, RFC 3056
      }
    }
    return null;
  }
}
