package io.wirewatch.platform.registry;

/**
 * A failed registry operation, carrying what goes over the wire: the HTTP status and the
 * registry's {@code error_code} (see the error-code table of the Confluent REST API).
 */
final class RegistryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final int errorCode;

  RegistryException(int status, int errorCode, String message) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
  }

  int status() {
    return status;
  }

  int errorCode() {
    return errorCode;
  }

  static RegistryException subjectNotFound(String subject) {
    return new RegistryException(404, 40401, "Subject '" + subject + "' not found.");
  }

  static RegistryException versionNotFound(Object version) {
    return new RegistryException(404, 40402, "Version " + version + " not found.");
  }

  static RegistryException schemaNotFound(String detail) {
    return new RegistryException(404, 40403, detail);
  }

  static RegistryException invalidSchema(String detail) {
    return new RegistryException(422, 42201, "Invalid schema " + detail);
  }

  static RegistryException invalidVersion(String version) {
    return new RegistryException(
        422,
        42202,
        "The specified version '"
            + version
            + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string"
            + " \"latest\"");
  }

  static RegistryException notPermitted(String detail) {
    return new RegistryException(422, 42205, detail);
  }

  static RegistryException routeNotFound() {
    return new RegistryException(404, 404, "HTTP 404 Not Found");
  }
}
