package io.wirewatch.registry;

import java.util.List;

/**
 * A schema as registered under a subject.
 *
 * @param subject the subject
 * @param version its version in the subject
 * @param id the registry's global id of the schema
 * @param schema the schema text as the registry stores it
 * @param references the references, empty when none
 */
public record RegisteredSchema(String subject, int version, int id, String schema, List<SchemaReference> references) {
  public RegisteredSchema {
    references = references == null ? List.of() : List.copyOf(references);
  }
}
