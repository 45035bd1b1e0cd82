package io.wirewatch.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A temporary directory that is deleted, with everything in it, on {@link #close()}: the state of
 * a benchmark's short-lived Streams application or broker, which nobody needs after the run.
 *
 * <pre>{@code
 * try (ScratchDir state = ScratchDir.create("wirewatch-bench-state-")) {
 *   ... EnrichmentApp.Settings.defaults(client, state.path()) ...
 * }
 * }</pre>
 */
public final class ScratchDir implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ScratchDir.class);
  private final Path path;

  private ScratchDir(Path path) {
    this.path = path;
  }

  /** A new directory in the system's temporary directory, its name starting with {@code prefix}. */
  public static ScratchDir create(String prefix) throws IOException {
    return new ScratchDir(Files.createTempDirectory(prefix));
  }

  public Path path() {
    return path;
  }

  /** Deletes the directory and its contents; what cannot be deleted is named in the log and left. */
  @Override
  public void close() {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          log.warn("could not delete {}: {}", p, e.toString());
        }
      });
    } catch (IOException e) {
      log.warn("could not clear {}: {}; delete it by hand", path, e.toString());
    }
  }
}
