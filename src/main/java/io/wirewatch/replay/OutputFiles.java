package io.wirewatch.replay;

import io.wirewatch.UserException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens export files with errors that say what is wrong with the path. */
public final class OutputFiles {
  private OutputFiles() {}

  /**
   * Opens (creating or truncating) {@code file} for writing.
   *
   * @throws UserException when the directory is missing, the path is a directory, or it is not writable
   */
  public static OutputStream open(Path file) {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    if (Files.isDirectory(abs)) {
      throw new UserException("--output " + file + " is a directory: give a file name, e.g. "
          + file.resolve("export.jsonl"));
    }
    if (dir != null && !Files.isDirectory(dir)) {
      throw new UserException("--output " + file + " cannot be written: directory " + dir
          + " does not exist — create it first or choose another path");
    }
    try {
      return Files.newOutputStream(abs);
    } catch (AccessDeniedException e) {
      throw new UserException("--output " + file + " cannot be written: permission denied — choose a path you can write to", e);
    } catch (IOException e) {
      throw new UserException("--output " + file + " cannot be written (" + e.getMessage()
          + ") — choose a path you can write to", e);
    }
  }
}
