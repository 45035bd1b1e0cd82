package io.wirewatch.registry.internal;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate classes from packages it does not trust, which includes our
 * generated {@code io.wirewatch.avro} classes. This adds that package to the global trust list
 * once, keeping whatever was trusted before (including {@code
 * -Dorg.apache.avro.SERIALIZABLE_PACKAGES}).
 */
public final class AvroTrust {
  /** The package the Avro Maven plugin generates our records into. */
  public static final String GENERATED_PACKAGE = "io.wirewatch.avro";

  private static boolean done;

  private AvroTrust() {}

  /** Trusts the generated package; safe to call many times and from many threads. */
  public static synchronized void trustGeneratedClasses() {
    if (done) {
      return;
    }
    ClassSecurityValidator.ClassSecurityPredicate before = ClassSecurityValidator.getGlobal();
    ClassSecurityValidator.ClassSecurityPredicate ours =
        type -> type.getName().startsWith(GENERATED_PACKAGE + ".");
    ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(before, ours));
    done = true;
  }
}
