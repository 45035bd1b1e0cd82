package io.wirewatch.alert.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens one secret with AES-256-GCM: a fresh 96-bit nonce per seal, a 128-bit tag, and
 * the subscription id as associated data, so a sealed secret copied into another subscription does
 * not open. The sealed form is text, so it fits the existing string field:
 * {@code wwsec:v1:<key id>:<base64url(nonce ‖ ciphertext ‖ tag)>}. Thread-safe.
 *
 * <p>GCM's limits (NIST SP 800-38D): with random nonces, at most 2^32 seals per key, far beyond
 * the number of subscriptions a key will ever see.
 */
public final class SecretBox {
  static final String PREFIX = "wwsec:v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeys keys;

  public SecretBox(SecretKeys keys) {
    this.keys = keys;
  }

  /** True when {@code value} is in sealed form (not plaintext). */
  public static boolean isSealed(String value) {
    return value != null && value.startsWith(PREFIX);
  }

  /** The sealed form of {@code secret}, bound to {@code context} (the subscription id). */
  public String seal(String secret, String context) {
    String id = keys.currentId().orElse(null);
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + id + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM", e);
    }
  }

  /** The secret inside {@code sealed}; {@code context} must be the one it was sealed with. */
  public String open(String sealed, String context) {
    if (!isSealed(sealed)) {
      throw new IllegalArgumentException("not a sealed secret");
    }
    String rest = sealed.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    if (colon < 1) {
      throw new SecretKeyException("a sealed subscription secret of " + context + " is damaged (no key id): "
          + "set the subscription's secret again");
    }
    String id = rest.substring(0, colon);
    byte[] in;
    try {
      in = Base64.getUrlDecoder().decode(rest.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new SecretKeyException("a sealed subscription secret of " + context + " is damaged: set it again", e);
    }
    if (in.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new SecretKeyException("a sealed subscription secret of " + context + " is too short: set it again");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, keys.get(id), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return new String(c.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new SecretKeyException("the secret of subscription " + context + " does not open with key " + id
          + ": the key file holds a different key under that id, or the record was altered; restore the key "
          + "or set the subscription's secret again", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM", e);
    }
  }
}
