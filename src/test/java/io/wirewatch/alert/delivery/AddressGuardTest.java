package io.wirewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
  private static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  private static AddressGuard guard(boolean loopback, boolean priv, Map<String, String[]> dns) {
    return new AddressGuard(loopback, priv, host -> {
      String[] ips = dns.get(host);
      InetAddress[] out = new InetAddress[ips.length];
      for (int i = 0; i < ips.length; i++) {
        try {
          out[i] = ip(ips[i]);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      return out;
    });
  }

  @Test
  void refusesInternalAddressesOfEveryKind() throws Exception {
    AddressGuard g = guard(false, false, Map.of());
    for (String internal : new String[] {"127.0.0.1", "::1", "10.1.2.3", "172.16.0.9", "192.168.1.1",
        "169.254.169.254", "fe80::1", "fd12:3456::1", "100.64.0.1", "0.0.0.0", "224.0.0.1"}) {
      assertThat(AddressGuard.kind(ip(internal))).as(internal).isNotNull();
    }
    assertThat(AddressGuard.kind(ip("93.184.216.34"))).isNull();
    assertThat(AddressGuard.kind(ip("2606:4700::1111"))).isNull();
    assertThat(g).isNotNull();
  }

  @Test
  void aHostWithOnePrivateAddressAmongPublicOnesIsRefused() {
    AddressGuard g = guard(false, false, Map.of("hooks.example", new String[] {"93.184.216.34", "10.0.0.5"}));
    assertThat(g.refusal(URI.create("https://hooks.example/x"))).contains("10.0.0.5").contains("private");
  }

  @Test
  void loopbackIsAllowedOnlyWithItsFlag() {
    Map<String, String[]> dns = Map.of("localhost", new String[] {"127.0.0.1"}, "intranet", new String[] {"192.168.0.10"});
    assertThat(guard(false, false, dns).refusal(URI.create("http://localhost:8080/h"))).contains("--allow-loopback");
    assertThat(guard(true, false, dns).refusal(URI.create("http://localhost:8080/h"))).isNull();
    assertThat(guard(true, false, dns).refusal(URI.create("http://intranet/h"))).contains("private");
    assertThat(guard(true, true, dns).refusal(URI.create("http://intranet/h"))).isNull();
  }

  @Test
  void aPublicHostPasses() {
    assertThat(guard(false, false, Map.of("hooks.example", new String[] {"93.184.216.34"}))
        .refusal(URI.create("https://hooks.example/x"))).isNull();
  }

  @Test
  void ipv6FormsThatCarryAnInternalIpv4AddressAreRefused() throws Exception {
    assertThat(AddressGuard.kind(ip("::ffff:10.0.0.1"))).isEqualTo("private"); // Java reads it as 10.0.0.1
    assertThat(AddressGuard.kind(ip("::10.0.0.1"))).isEqualTo("IPv4-compatible");
    assertThat(AddressGuard.kind(ip("64:ff9b::a9fe:a9fe"))).isEqualTo("link-local (inside NAT64)");
    assertThat(AddressGuard.kind(ip("2002:c0a8:0101::1"))).isEqualTo("private (inside 6to4)");
    assertThat(AddressGuard.kind(ip("64:ff9b::5db8:d822"))).isNull(); // 93.184.216.34: public
  }

  @Test
  void approvalResolvesOnceAndReturnsTheAddressesToConnectTo() {
    int[] calls = {0};
    AddressGuard g = new AddressGuard(false, false, host -> {
      calls[0]++;
      return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})};
    });
    AddressGuard.Approval a = g.approve(URI.create("https://hooks.example/x"));
    assertThat(a.refusal()).isNull();
    assertThat(a.addresses()).extracting(InetAddress::getHostAddress).containsExactly("93.184.216.34");
    assertThat(calls[0]).isEqualTo(1);
  }

  @Test
  void malformedHostsAreRefusedBeforeAnyLookup() {
    AddressGuard g = new AddressGuard(false, false, host -> {
      throw new AssertionError("no lookup for " + host);
    });
    assertThat(g.approve(URI.create("http://2130706433/")).refusal()).contains("different programs");
    assertThat(g.approve(URI.create("http://user@hooks.example/")).refusal()).contains("user-info");
    assertThat(g.approve(URI.create("http://[::ffff:127.0.0.1]/")).refusal()).contains("IPv4-mapped");
    assertThat(g.approve(URI.create("http://under_score.example/")).refusal()).contains("not a valid DNS name");
  }

  @Test
  void aNameThatDoesNotResolveIsRetriedNotRefused() {
    AddressGuard g = new AddressGuard(false, false, host -> {
      throw new java.net.UnknownHostException(host);
    });
    AddressGuard.Approval a = g.approve(URI.create("https://gone.example/"));
    assertThat(a.refusal()).isNull();
    assertThat(a.unresolved()).contains("gone.example");
  }
}
