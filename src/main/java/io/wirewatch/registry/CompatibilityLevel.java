package io.wirewatch.registry;

import java.util.Locale;
import java.util.Optional;

/**
 * The compatibility levels of a Confluent-compatible schema registry. "New" is the schema being
 * registered; "old" is a live version already in the subject.
 */
public enum CompatibilityLevel {
  /** No check. */
  NONE(false, false, false),
  /** The new schema can read data written with the latest version (the registry default). */
  BACKWARD(true, false, false),
  /** The new schema can read data written with every live version. */
  BACKWARD_TRANSITIVE(true, false, true),
  /** The latest version can read data written with the new schema. */
  FORWARD(false, true, false),
  /** Every live version can read data written with the new schema. */
  FORWARD_TRANSITIVE(false, true, true),
  /** Both BACKWARD and FORWARD against the latest version. */
  FULL(true, true, false),
  /** Both directions against every live version. */
  FULL_TRANSITIVE(true, true, true);

  private final boolean newReadsOld;
  private final boolean oldReadsNew;
  private final boolean transitive;

  CompatibilityLevel(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
    this.newReadsOld = newReadsOld;
    this.oldReadsNew = oldReadsNew;
    this.transitive = transitive;
  }

  /** True when the new schema, as reader, must read data written with the old one. */
  public boolean newReadsOld() {
    return newReadsOld;
  }

  /** True when the old schema, as reader, must read data written with the new one. */
  public boolean oldReadsNew() {
    return oldReadsNew;
  }

  /** True when every live version is checked, not only the latest. */
  public boolean transitive() {
    return transitive;
  }

  /** Parses a level name case-insensitively (surrounding blanks ignored); empty when unknown. */
  public static Optional<CompatibilityLevel> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
