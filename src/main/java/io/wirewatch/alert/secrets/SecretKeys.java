package io.wirewatch.alert.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys that encrypt subscription secrets, each with an id. The last key listed seals new
 * secrets; every key listed opens the secrets sealed with it, so rotating is: add a key at the end,
 * restart the roles, and drop the old key once every subscription has been written again.
 *
 * <p>Written as {@code <id>:<base64 of 32 bytes>}, one key per line in a file
 * ({@code --secrets-key-file}, env {@code WIREWATCH_SECRETS_KEY_FILE}) or comma-separated in the
 * environment variable {@code WIREWATCH_SECRETS_KEY}. Lines starting with {@code #} are comments.
 * Immutable and thread-safe.
 */
public final class SecretKeys {
  /** The environment variable that may hold the keys themselves. */
  public static final String ENV_KEYS = "WIREWATCH_SECRETS_KEY";
  /** How to make a key, as every error message says it. */
  public static final String HOW_TO_MAKE_ONE =
      "make one with: echo \"k1:$(openssl rand -base64 32)\" > secrets.key && chmod 600 secrets.key";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, SecretKey> keys;
  private final String current;
  private final String origin;

  private SecretKeys(Map<String, SecretKey> keys, String current, String origin) {
    this.keys = keys;
    this.current = current;
    this.origin = origin;
  }

  /** No keys: sealing fails with the fix, secrets already sealed cannot be opened. */
  public static SecretKeys none() {
    return new SecretKeys(Map.of(), null, "no key configured");
  }

  /**
   * Keys from {@code file} if given, else from {@code envValue} if set, else {@link #none()}.
   *
   * @throws SecretKeyException naming the file or variable, the bad line and the expected form
   */
  public static SecretKeys resolve(Path file, String envValue) {
    if (file != null) {
      return fromFile(file);
    }
    if (envValue != null && !envValue.isBlank()) {
      return parse(List.of(envValue.split(",")), "environment variable " + ENV_KEYS);
    }
    return none();
  }

  /** Keys from a key file. */
  public static SecretKeys fromFile(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), "key file " + file);
    } catch (NoSuchFileException e) {
      throw new SecretKeyException("key file " + file + " does not exist: check --secrets-key-file, or "
          + HOW_TO_MAKE_ONE, e);
    } catch (IOException e) {
      throw new SecretKeyException("cannot read key file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The key file {@code file}, created with one fresh key (readable by its owner only) when absent;
   * for {@code dev}, which keeps it in its data directory.
   */
  public static SecretKeys loadOrCreate(Path file) {
    if (!Files.exists(file)) {
      byte[] k = new byte[32];
      RANDOM.nextBytes(k);
      String id = "dev-" + HexFormat.of().formatHex(k, 0, 3);
      String text = "# Encrypts subscription secrets in news.subscriptions. Keep it; without it they cannot be read.\n"
          + id + ":" + Base64.getEncoder().encodeToString(k) + "\n";
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
          Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
          Files.createFile(file);
        }
        Files.writeString(file, text, StandardOpenOption.TRUNCATE_EXISTING);
      } catch (IOException e) {
        throw new SecretKeyException("cannot create key file " + file + ": " + e.getMessage()
            + " (choose another --data-dir, or give a key with --secrets-key-file)", e);
      }
    }
    return fromFile(file);
  }

  private static SecretKeys parse(List<String> lines, String origin) {
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    String last = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = origin + " entry " + (i + 1);
      int colon = line.indexOf(':');
      String id = colon < 0 ? "" : line.substring(0, colon);
      if (!ID.matcher(id).matches()) {
        problems.add(where + " does not start with a key id (letters, digits, . _ -) and a colon: write <id>:<base64 key>");
        continue;
      }
      byte[] raw;
      try {
        raw = Base64.getDecoder().decode(line.substring(colon + 1).strip());
      } catch (IllegalArgumentException e) {
        problems.add(where + " (key " + id + ") is not base64: " + e.getMessage());
        continue;
      }
      if (raw.length != 32) {
        problems.add(where + " (key " + id + ") is " + raw.length + " bytes; AES-256 needs exactly 32");
        continue;
      }
      if (keys.containsKey(id)) {
        problems.add(where + " repeats key id " + id + ": give every key its own id");
        continue;
      }
      keys.put(id, new SecretKeySpec(raw, "AES"));
      last = id;
    }
    if (!problems.isEmpty()) {
      throw new SecretKeyException(String.join("; ", problems) + " (" + HOW_TO_MAKE_ONE + ")");
    }
    if (keys.isEmpty()) {
      throw new SecretKeyException(origin + " holds no key: " + HOW_TO_MAKE_ONE);
    }
    return new SecretKeys(Map.copyOf(keys), last, origin);
  }

  /** The id of the key that seals new secrets. */
  public Optional<String> currentId() {
    return Optional.ofNullable(current);
  }

  /** True when at least one key is present. */
  public boolean present() {
    return current != null;
  }

  SecretKey current() {
    if (current == null) {
      throw new SecretKeyException("cannot store a webhook secret: no encryption key is configured for "
          + "subscription secrets. Give one with --secrets-key-file FILE or the environment variable " + ENV_KEYS
          + " (" + HOW_TO_MAKE_ONE + ")");
    }
    return keys.get(current);
  }

  SecretKey get(String id) {
    SecretKey k = keys.get(id);
    if (k == null) {
      throw new SecretKeyException("a subscription secret was sealed with key " + id + ", which is not among "
          + "the keys configured (" + (keys.isEmpty() ? origin : "ids " + String.join(", ", keys.keySet()))
          + "): add key " + id + " back to the key file or " + ENV_KEYS + " (keep old keys after a rotation)");
    }
    return k;
  }

  @Override
  public String toString() {
    return "SecretKeys[" + origin + ", ids " + keys.keySet() + ", current " + current + "]"; // never the keys
  }
}
