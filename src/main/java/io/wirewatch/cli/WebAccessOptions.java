package io.wirewatch.cli;

import io.wirewatch.web.auth.ApiTokens;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --tokens-file}: the API tokens of {@code web} and {@code dev}. Used as a picocli {@code @Mixin}. */
public final class WebAccessOptions {
  @Option(names = "--tokens-file", paramLabel = "FILE", defaultValue = "${env:WIREWATCH_TOKENS_FILE}",
      description = "API tokens as SHA-256 hashes with scopes, one '<read|ingest|admin>[,...] <sha256 hex> [label]' "
          + "per line (env WIREWATCH_TOKENS_FILE; or WIREWATCH_TOKEN_READ / _INGEST / _ADMIN with "
          + "comma-separated hashes). With none, the API is open: keep it on 127.0.0.1.")
  Path tokensFile;

  /** The tokens given in the file and the environment (possibly none). */
  public ApiTokens tokens() {
    return ApiTokens.load(tokensFile, System::getenv);
  }
}
