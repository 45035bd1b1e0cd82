package io.wirewatch.alert.secrets;

import io.wirewatch.UserException;

/** A missing, unreadable or unknown encryption key for subscription secrets; the message names the fix. */
public final class SecretKeyException extends UserException {
  private static final long serialVersionUID = 1L;

  public SecretKeyException(String message) {
    super(message);
  }

  public SecretKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
