package io.wirewatch.alert.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import okhttp3.Dns;

/**
 * Answers the HTTP client's one question, "where is {@code host}?", with the addresses the
 * {@link AddressGuard} approved, and nothing else: the connection goes where the check looked,
 * so a name that answers differently the second time (DNS rebinding) cannot steer it. TLS still
 * verifies the certificate against the host name in the URL, not against the address.
 */
final class PinnedDns implements Dns {
  private final String host;
  private final List<InetAddress> approved;

  PinnedDns(String host, List<InetAddress> approved) {
    this.host = bare(host);
    this.approved = List.copyOf(approved);
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    if (!bare(hostname).equals(host)) {
      throw new UnknownHostException(hostname + " was not checked by the address guard (only " + host + " was)");
    }
    return approved;
  }

  private static String bare(String h) {
    String s = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    return s.toLowerCase(Locale.ROOT);
  }
}
