package io.wirewatch.cli;

import io.wirewatch.alert.secrets.SecretKeys;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --secrets-key-file}: the AES key(s) that encrypt webhook secrets in news.subscriptions, for
 * the roles that write or deliver subscriptions. Used as a picocli {@code @Mixin}.
 */
public final class SecretsOptions {
  @Option(names = "--secrets-key-file", paramLabel = "FILE", defaultValue = "${env:WIREWATCH_SECRETS_KEY_FILE}",
      description = "Keys that encrypt webhook secrets, one '<id>:<base64 32 bytes>' per line, the last one "
          + "encrypting (env WIREWATCH_SECRETS_KEY_FILE; or the keys themselves in WIREWATCH_SECRETS_KEY).")
  Path keyFile;

  /** The keys given, or none. */
  public SecretKeys keys() {
    return SecretKeys.resolve(keyFile, System.getenv(SecretKeys.ENV_KEYS));
  }

  /** The keys given; without any, a {@code SecretKeyException} naming the options and how to make a key. */
  public SecretKeys requiredKeys(String role) {
    SecretKeys k = keys();
    if (!k.present()) {
      throw new io.wirewatch.alert.secrets.SecretKeyException("the " + role + " role needs the key that encrypts "
          + "webhook secrets: give --secrets-key-file FILE (or WIREWATCH_SECRETS_KEY_FILE / "
          + SecretKeys.ENV_KEYS + "); " + SecretKeys.HOW_TO_MAKE_ONE);
    }
    return k;
  }
}
