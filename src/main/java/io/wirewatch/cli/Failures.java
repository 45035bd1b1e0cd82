package io.wirewatch.cli;

import io.wirewatch.UserException;
import java.net.BindException;
import java.net.ConnectException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.TimeoutException;

/** Turns known failures into one line that says what happened and what to do next. */
final class Failures {
  private Failures() {}

  static Throwable root(Throwable t) {
    Throwable cur = t;
    while ((cur instanceof ExecutionException
            || cur instanceof java.util.concurrent.CompletionException
            || cur instanceof java.lang.reflect.InvocationTargetException
            || (cur instanceof RuntimeException
                && !(cur instanceof UserException)
                && cur.getClass() == RuntimeException.class))
        && cur.getCause() != null) {
      cur = cur.getCause();
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof UserException) {
        return c;
      }
    }
    return cur;
  }

  static String describe(Throwable t) {
    Throwable r = root(t);
    if (r instanceof UserException) {
      return r.getMessage();
    }
    if (r instanceof NoSuchFileException) {
      return "file not found: " + r.getMessage() + " — check the path";
    }
    if (r instanceof AccessDeniedException) {
      return "permission denied: " + r.getMessage() + " — choose a path you can write to";
    }
    if (r instanceof BindException) {
      return "a port is already in use (" + r.getMessage() + ") — stop the other process or choose another port";
    }
    if (r instanceof TimeoutException || r instanceof ConnectException) {
      return "couldn't reach Kafka (" + r.getMessage() + ") — is it running? Check --bootstrap-servers, "
          + "or start a local one with `wirewatch dev`";
    }
    return r.getClass().getSimpleName() + ": " + r.getMessage();
  }

  static int exitCode(Throwable t) {
    Throwable r = root(t);
    return r instanceof UserException u ? u.exitCode() : 1;
  }
}
