package io.wirewatch.registry;

import io.wirewatch.UserException;

/**
 * A schema registry answered with an error, or could not be reached. Subclasses name the common
 * cases; {@link #status()} and {@link #errorCode()} carry the registry's answer (0 when there was
 * none).
 */
public class SchemaRegistryException extends UserException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final int errorCode;

  public SchemaRegistryException(String message, int status, int errorCode, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.errorCode = errorCode;
  }

  /** The HTTP status of the registry's answer, or 0 when none came. */
  public int status() {
    return status;
  }

  /** The registry's {@code error_code}, or 0 when none came. */
  public int errorCode() {
    return errorCode;
  }

  /** No registry URL could be reached (after retries); the message lists the URLs tried. */
  public static final class RegistryUnreachableException extends SchemaRegistryException {
    private static final long serialVersionUID = 1L;

    public RegistryUnreachableException(String message, Throwable cause) {
      super(message, 0, 0, cause);
    }
  }

  /** 404 with 40401: the subject has no (live) version. */
  public static final class SubjectNotFoundException extends SchemaRegistryException {
    private static final long serialVersionUID = 1L;

    public SubjectNotFoundException(String message, int status, int errorCode) {
      super(message, status, errorCode, null);
    }
  }

  /** 404 with 40402: the subject exists but not that version. */
  public static final class VersionNotFoundException extends SchemaRegistryException {
    private static final long serialVersionUID = 1L;

    public VersionNotFoundException(String message, int status, int errorCode) {
      super(message, status, errorCode, null);
    }
  }

  /** 404 with 40403: no schema with that id, or the schema is not registered under the subject. */
  public static final class SchemaNotFoundException extends SchemaRegistryException {
    private static final long serialVersionUID = 1L;

    public SchemaNotFoundException(String message, int status, int errorCode) {
      super(message, status, errorCode, null);
    }
  }

  /** HTTP 409 (error_code 409 or 40901): the schema breaks the subject's compatibility level. */
  public static final class IncompatibleSchemaException extends SchemaRegistryException {
    private static final long serialVersionUID = 1L;

    public IncompatibleSchemaException(String message, int status, int errorCode) {
      super(message, status, errorCode, null);
    }
  }

  /** 422 with 42201: the registry could not parse or validate the schema. */
  public static final class InvalidSchemaException extends SchemaRegistryException {
    private static final long serialVersionUID = 1L;

    public InvalidSchemaException(String message, int status, int errorCode) {
      super(message, status, errorCode, null);
    }
  }
}
