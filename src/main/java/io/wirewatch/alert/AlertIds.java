package io.wirewatch.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic alert ids: the same subscription, subject and kind always give the same id. */
public final class AlertIds {
  private AlertIds() {}

  /** {@code alert-} and 32 hex digits of SHA-256 over subscription, subject (story, surge or digest hour) and kind. */
  public static String of(String subscriptionId, String subject, String kind) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest((subscriptionId + "\u0000" + subject + "\u0000" + kind).getBytes(StandardCharsets.UTF_8));
      return "alert-" + HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
