package io.wirewatch.platform.registry;

import java.util.List;

/** One subject-version as the registry stores it (the value of a SCHEMA record). */
record StoredVersion(
    String subject, int version, int id, String schema, List<SchemaRef> references, boolean deleted) {

  StoredVersion {
    references = List.copyOf(references);
  }

  StoredVersion withDeleted(boolean value) {
    return new StoredVersion(subject, version, id, schema, references, value);
  }
}
