package io.wirewatch.registry.internal;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Avro 1.12 refuses to instantiate classes from packages it does not trust, which includes our
 * generated {@code io.wirewatch.avro} classes. This adds that package to the global trust list,
 * keeping whatever was trusted before (including {@code -Dorg.apache.avro.SERIALIZABLE_PACKAGES}).
 */
public final class AvroTrust {
  /** The package the Avro Maven plugin generates our records into. */
  public static final String GENERATED_PACKAGE = "io.wirewatch.avro";

  private static final ClassSecurityPredicate GENERATED =
      type -> type.getName().startsWith(GENERATED_PACKAGE + ".");

  /** The predicate this class installed last, to tell whether someone replaced it since. */
  private static ClassSecurityPredicate installed;

  private AvroTrust() {}

  /**
   * Trusts the generated package. Cheap when already done; installs again when the global
   * predicate was replaced since. Thread-safe.
   */
  public static synchronized void trustGeneratedClasses() {
    ClassSecurityPredicate current = ClassSecurityValidator.getGlobal();
    if (current == installed) {
      return;
    }
    installed = ClassSecurityValidator.composite(current, GENERATED);
    ClassSecurityValidator.setGlobal(installed);
  }
}
