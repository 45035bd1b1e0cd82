package io.wirewatch.web.auth;

import io.wirewatch.UserException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The API tokens a server accepts, kept only as SHA-256 hashes: whoever reads the configuration
 * cannot call the API with it. A presented token is hashed and compared with every known hash in
 * constant time ({@link MessageDigest#isEqual}), all of them every time, so neither the answer's
 * timing nor its content tells how close a guess came.
 *
 * <p>Given as a file ({@code --tokens-file}), one token per line: its scopes, comma-separated, then
 * its SHA-256 in hex, then an optional label:
 *
 * <pre>
 * # scopes        sha256(token)                                                     label
 * read            9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  wallboard
 * ingest          60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752  wire-bot
 * admin           fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13  desk-lead
 * </pre>
 *
 * or in the environment: {@code WIREWATCH_TOKEN_READ}, {@code WIREWATCH_TOKEN_INGEST},
 * {@code WIREWATCH_TOKEN_ADMIN}, each a comma-separated list of hashes. Make a token and its hash
 * with {@code t=$(openssl rand -hex 32); echo "$t"; printf %s "$t" | sha256sum}. An admin token
 * may also read. Immutable and thread-safe.
 */
public final class ApiTokens {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  private record Entry(byte[] hash, Set<Scope> scopes, String label) {}

  private final List<Entry> entries;

  private ApiTokens(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** No tokens: the API is open (allowed on loopback, or with --insecure-no-auth). */
  public static ApiTokens none() {
    return new ApiTokens(List.of());
  }

  /**
   * Tokens from {@code file} (if given) and from the WIREWATCH_TOKEN_* variables in {@code env}.
   *
   * @throws UserException listing every bad line or value, each with the expected form
   */
  public static ApiTokens load(Path file, Function<String, String> env) {
    List<Entry> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (file != null) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new UserException("tokens file " + file + " does not exist: check --tokens-file", e);
      } catch (IOException e) {
        throw new UserException("cannot read tokens file " + file + ": " + e.getMessage(), e);
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s+", 3);
        String where = "tokens file " + file + " line " + (i + 1);
        if (parts.length < 2) {
          problems.add(where + " needs scopes and a SHA-256 hash: write e.g. 'read <64 hex digits> wallboard'");
          continue;
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String sc : parts[0].split(",")) {
          try {
            scopes.add(Scope.valueOf(sc.strip().toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException e) {
            problems.add(where + ": scope '" + sc + "' is not one of read, ingest, admin");
          }
        }
        add(entries, problems, where, parts[1], scopes, parts.length > 2 ? parts[2] : "line " + (i + 1));
      }
    }
    for (Scope scope : Scope.values()) {
      String var = "WIREWATCH_TOKEN_" + scope.name();
      String value = env.apply(var);
      if (value == null || value.isBlank()) {
        continue;
      }
      String[] hashes = value.split(",");
      for (int i = 0; i < hashes.length; i++) {
        add(entries, problems, "environment variable " + var + " entry " + (i + 1), hashes[i].strip(),
            EnumSet.of(scope), var + "[" + (i + 1) + "]");
      }
    }
    if (!problems.isEmpty()) {
      throw new UserException(String.join("; ", problems));
    }
    return new ApiTokens(entries);
  }

  private static void add(List<Entry> entries, List<String> problems, String where, String hash, Set<Scope> scopes,
      String label) {
    String h = hash.toLowerCase(Locale.ROOT);
    if (!HEX64.matcher(h).matches()) {
      problems.add(where + ": '" + (h.length() > 12 ? h.substring(0, 12) + "…" : h) + "' is not a SHA-256 hash "
          + "(64 hex digits); give the hash, not the token: printf %s \"$TOKEN\" | sha256sum");
      return;
    }
    if (scopes.contains(Scope.ADMIN)) {
      scopes.add(Scope.READ);
    }
    entries.add(new Entry(HexFormat.of().parseHex(h), Set.copyOf(scopes), label));
  }

  /** These tokens and one more, given in plaintext (the legacy --ingest-token), with {@code scope}. */
  public ApiTokens plus(String token, Scope scope) {
    List<Entry> more = new ArrayList<>(entries);
    Set<Scope> scopes = EnumSet.of(scope);
    if (scope == Scope.ADMIN) {
      scopes.add(Scope.READ);
    }
    more.add(new Entry(sha256(token), Set.copyOf(scopes), "plaintext " + scope.label() + " token"));
    return new ApiTokens(more);
  }

  /** True when at least one token is configured (the API then requires one). */
  public boolean present() {
    return !entries.isEmpty();
  }

  /** How many tokens of each scope, for the start-up log (never the hashes). */
  public Map<Scope, Long> counts() {
    Map<Scope, Long> m = new java.util.EnumMap<>(Scope.class);
    for (Entry e : entries) {
      e.scopes().forEach(s -> m.merge(s, 1L, Long::sum));
    }
    return m;
  }

  /** The scopes of {@code token}; empty when it is not a known token. Constant time in the token's content. */
  public Set<Scope> scopesOf(String token) {
    if (token == null) {
      return Set.of();
    }
    byte[] h = sha256(token);
    Set<Scope> found = EnumSet.noneOf(Scope.class);
    for (Entry e : entries) { // every entry, no early exit
      if (MessageDigest.isEqual(h, e.hash())) {
        found.addAll(e.scopes());
      }
    }
    return found;
  }

  /** SHA-256 of {@code token} in hex: what to put in a tokens file. */
  public static String hash(String token) {
    return HexFormat.of().formatHex(sha256(token));
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
