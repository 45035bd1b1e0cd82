package io.wirewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookUrlTest {
  @Test
  void acceptsOrdinaryHttpAndHttpsUrls() {
    assertThat(WebhookUrl.problem("https://hooks.example/wirewatch?x=1")).isNull();
    assertThat(WebhookUrl.problem("http://203.0.113.7:8080/h")).isNull();
    assertThat(WebhookUrl.problem("https://[2001:db8::1]/h")).isNull();
    assertThat(WebhookUrl.problem("https://0xdeadbeef.example/h")).isNull(); // a name, not a number
  }

  @Test
  void refusesIpv4AddressesWrittenInFormsParsersDisagreeOn() {
    for (String url : new String[] {"http://2130706433/", "http://0x7f000001/", "http://0x7f.0.0.1/",
        "http://0177.0.0.1/", "http://127.1/", "http://017700000001/", "http://10.0.0.010/", "http://127.0.0.1./"}) {
      assertThat(WebhookUrl.problem(url)).as(url).contains("different programs read as different addresses")
          .contains("four decimal parts");
    }
  }

  @Test
  void refusesIpv6LiteralsThatCarryAnIpv4Address() {
    assertThat(WebhookUrl.problem("http://[::ffff:127.0.0.1]/")).contains("127.0.0.1").contains("IPv4-mapped");
    assertThat(WebhookUrl.problem("http://[::ffff:7f00:1]/")).contains("127.0.0.1");
    assertThat(WebhookUrl.problem("http://[::10.0.0.1]/")).contains("10.0.0.1");
    assertThat(WebhookUrl.problem("http://[::1]/")).as("loopback is the guard's business").isNull();
  }

  @Test
  void refusesOtherSchemesUserInfoAndUrlsWithoutHost() {
    for (String url : new String[] {"file:///etc/passwd", "gopher://hooks.example/", "ftp://hooks.example/",
        "jar:http://x/!/", "javascript:alert(1)"}) {
      assertThat(WebhookUrl.problem(url)).as(url).contains("is not an http(s) URL");
    }
    assertThat(WebhookUrl.problem("https://user:pw@hooks.example/")).contains("user-info");
    assertThat(WebhookUrl.problem("https://hooks.example@10.0.0.1/")).contains("user-info");
    assertThat(WebhookUrl.problem("https:///path")).contains("no host");
    assertThat(WebhookUrl.problem(" ")).contains("is missing");
  }

  @Test
  void refusesControlCharactersAndNeverEchoesThem() {
    String p = WebhookUrl.problem("https://hooks.example/\r\nX-Injected: 1");
    assertThat(p).contains("is not a valid URL").doesNotContain("\r").doesNotContain("\n");
  }
}
