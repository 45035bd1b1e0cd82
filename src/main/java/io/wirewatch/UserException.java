package io.wirewatch;

/**
 * A failure the user can fix: its message is printed as one line (no stack trace unless
 * {@code --verbose}) and says what to do next.
 */
public class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public UserException(String message) {
    this(message, 2, null);
  }

  public UserException(String message, Throwable cause) {
    this(message, 2, cause);
  }

  public UserException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
