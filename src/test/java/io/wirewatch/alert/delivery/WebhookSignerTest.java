package io.wirewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {
  @Test
  void signatureMatchesAnIndependentHmacOfTimestampDotBody() throws Exception {
    byte[] body = "{\"id\":\"alert-1\"}".getBytes(StandardCharsets.UTF_8);
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec("s3cret-s3cret-s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = "sha256=" + java.util.HexFormat.of().formatHex(
        mac.doFinal("1795000000.{\"id\":\"alert-1\"}".getBytes(StandardCharsets.UTF_8)));
    assertThat(WebhookSigner.sign("s3cret-s3cret-s3cret", 1795000000L, body)).isEqualTo(expected);
  }

  @Test
  void verificationFailsForAnotherBodyTimestampOrSecret() {
    byte[] body = "{\"id\":\"alert-1\"}".getBytes(StandardCharsets.UTF_8);
    String sig = WebhookSigner.sign("secret-one-secret", 100, body);
    assertThat(WebhookSigner.verify("secret-one-secret", 100, body, sig)).isTrue();
    assertThat(WebhookSigner.verify("secret-two-secret", 100, body, sig)).isFalse();
    assertThat(WebhookSigner.verify("secret-one-secret", 101, body, sig)).isFalse();
    assertThat(WebhookSigner.verify("secret-one-secret", 100, "{}".getBytes(StandardCharsets.UTF_8), sig)).isFalse();
    assertThat(WebhookSigner.verify("secret-one-secret", 100, body, null)).isFalse();
  }
}
