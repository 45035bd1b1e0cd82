package io.wirewatch.registry;

import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * A client of a Confluent-compatible schema registry (Avro). Implementations are thread-safe and
 * cache what never changes: the schema of an id, and the id of a schema within a subject.
 *
 * <p>Failures are {@link SchemaRegistryException}s: {@code RegistryUnreachableException}, {@code
 * SubjectNotFoundException}, {@code VersionNotFoundException}, {@code SchemaNotFoundException},
 * {@code IncompatibleSchemaException}, {@code InvalidSchemaException}, or the base class for the
 * rest.
 */
public interface SchemaRegistryClient extends AutoCloseable {
  /** Registers {@code schema} under {@code subject} (or finds it registered) and returns its id. */
  int register(String subject, String schema, boolean normalize);

  default int register(String subject, Schema schema) {
    return register(subject, schema.toString(), false);
  }

  /** The version of {@code subject} that holds {@code schema}. */
  RegisteredSchema lookup(String subject, String schema, boolean normalize, boolean deleted);

  /** The schema text of a global id. */
  String schemaById(int id);

  RegisteredSchema latest(String subject);

  RegisteredSchema version(String subject, int version);

  /** Live versions of a subject, ascending. */
  List<Integer> versions(String subject);

  /** Subjects with a live version, sorted. */
  List<String> subjects();

  /**
   * Tests {@code schema} against one version of the subject ({@code version} a number or
   * "latest") or, with a null version, against what registering it would check.
   */
  CompatibilityCheck testCompatibility(String subject, String schema, String version);

  CompatibilityLevel globalCompatibility();

  void setGlobalCompatibility(CompatibilityLevel level);

  /** The subject's own level, empty when it has none (it then follows the global level). */
  Optional<CompatibilityLevel> subjectCompatibility(String subject);

  void setSubjectCompatibility(String subject, CompatibilityLevel level);

  /** Removes the subject's own level, so it follows the global level again. */
  void deleteSubjectCompatibility(String subject);

  /** Deletes a subject (soft, or with {@code permanent} after a soft delete); returns the versions. */
  List<Integer> deleteSubject(String subject, boolean permanent);

  /** Deletes one version (soft, or with {@code permanent} after a soft delete). */
  int deleteVersion(String subject, int version, boolean permanent);

  @Override
  void close();
}
