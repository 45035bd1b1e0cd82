package io.wirewatch.alert.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {
  private static final String K1 = "k1:" + Base64.getEncoder().encodeToString(new byte[32]);
  private static final String K2 = "k2:" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
  private static final String SECRET = "the-desk-webhook-secret";

  @TempDir Path dir;

  @Test
  void sealsWithTheLastKeyAndOpensBackToThePlaintext() {
    SecretBox box = new SecretBox(SecretKeys.resolve(null, K1 + "," + K2));
    String sealed = box.seal(SECRET, "sub-1");
    assertThat(sealed).startsWith("wwsec:v1:k2:").doesNotContain(SECRET);
    assertThat(box.seal(SECRET, "sub-1")).as("a fresh nonce every time").isNotEqualTo(sealed);
    assertThat(box.open(sealed, "sub-1")).isEqualTo(SECRET);
  }

  @Test
  void secretsSealedWithAnOldKeyStillOpenAfterRotation() {
    String old = new SecretBox(SecretKeys.resolve(null, K1)).seal(SECRET, "sub-1");
    SecretBox rotated = new SecretBox(SecretKeys.resolve(null, K1 + "," + K2));
    assertThat(rotated.open(old, "sub-1")).isEqualTo(SECRET);
    assertThatThrownBy(() -> new SecretBox(SecretKeys.resolve(null, K2)).open(old, "sub-1"))
        .isInstanceOf(SecretKeyException.class).hasMessageContaining("key k1").hasMessageContaining("add key k1 back");
  }

  @Test
  void aSealedSecretMovedToAnotherSubscriptionDoesNotOpen() {
    SecretBox box = new SecretBox(SecretKeys.resolve(null, K1));
    String sealed = box.seal(SECRET, "sub-1");
    assertThatThrownBy(() -> box.open(sealed, "sub-2")).isInstanceOf(SecretKeyException.class)
        .hasMessageContaining("sub-2").hasMessageContaining("does not open");
  }

  @Test
  void withoutAKeySealingFailsNamingTheFix() {
    assertThatThrownBy(() -> new SecretBox(SecretKeys.none()).seal(SECRET, "sub-1"))
        .isInstanceOf(SecretKeyException.class)
        .hasMessageContaining("--secrets-key-file").hasMessageContaining("WIREWATCH_SECRETS_KEY")
        .hasMessageContaining("openssl rand -base64 32");
  }

  @Test
  void badKeyFilesAreReportedAllAtOnce() throws Exception {
    Path f = dir.resolve("keys");
    Files.writeString(f, "# comment\nnocolon\nk1:not*base64\nk2:" + Base64.getEncoder().encodeToString(new byte[16]) + "\n");
    assertThatThrownBy(() -> SecretKeys.fromFile(f)).isInstanceOf(SecretKeyException.class)
        .hasMessageContaining("entry 2").hasMessageContaining("entry 3").hasMessageContaining("16 bytes")
        .hasMessageContaining("exactly 32");
    assertThatThrownBy(() -> SecretKeys.fromFile(dir.resolve("absent"))).hasMessageContaining("does not exist");
  }

  @Test
  void devCreatesAKeyFileReadableByItsOwnerOnlyAndReusesIt() throws Exception {
    Path f = dir.resolve("data/secrets.key");
    SecretKeys first = SecretKeys.loadOrCreate(f);
    assertThat(Files.getPosixFilePermissions(f)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    String sealed = new SecretBox(first).seal(SECRET, "s");
    assertThat(new SecretBox(SecretKeys.loadOrCreate(f)).open(sealed, "s")).isEqualTo(SECRET);
    assertThat(first.toString()).doesNotContain(Files.readString(f).lines().filter(l -> !l.startsWith("#"))
        .findFirst().orElseThrow().split(":")[1]);
  }
}
