package io.wirewatch.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Short-lived external commands (node, npm, python3) that tests run to their end. */
final class Commands {
  private Commands() {}

  record Run(int code, String output) {}

  /** Runs a command to its end; null when it cannot be started or runs past {@code timeout}. */
  static Run run(Path dir, Duration timeout, String... cmd) throws InterruptedException {
    try {
      Path log = Files.createTempFile("wirewatch-run-", ".log");
      try {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          p.destroyForcibly();
          return null;
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      return null;
    }
  }
}
