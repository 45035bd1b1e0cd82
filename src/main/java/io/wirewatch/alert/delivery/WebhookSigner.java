package io.wirewatch.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signatures: {@code X-Wirewatch-Signature: sha256=<hex HMAC-SHA256 of "timestamp.body">}
 * keyed with the subscription's secret, where timestamp is the {@code X-Wirewatch-Timestamp} header
 * (Unix seconds) and body the exact bytes of the request body.
 */
public final class WebhookSigner {
  public static final String SIGNATURE_HEADER = "X-Wirewatch-Signature";
  public static final String TIMESTAMP_HEADER = "X-Wirewatch-Timestamp";
  public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

  private WebhookSigner() {}

  /** {@code sha256=} and the hex HMAC-SHA256 of {@code timestamp + "." + body}. */
  public static String sign(String secret, long timestampSeconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }

  /** True when {@code signature} is the signature of {@code body} at {@code timestamp}; compares in constant time. */
  public static boolean verify(String secret, long timestampSeconds, byte[] body, String signature) {
    if (signature == null) {
      return false;
    }
    byte[] expected = sign(secret, timestampSeconds, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }
}
