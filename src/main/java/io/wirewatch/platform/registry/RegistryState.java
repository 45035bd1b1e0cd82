package io.wirewatch.platform.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.registry.CompatibilityLevel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's in-memory view of the {@code _schemas} log: every record is {@link #apply
 * applied} in log order, and the indexes answer the REST API. Thread-safe: the log reader applies
 * while HTTP threads read; every method holds this object's monitor.
 */
final class RegistryState {
  private static final Logger LOG = LoggerFactory.getLogger(RegistryState.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private record SubjectVersion(String subject, int version) implements Comparable<SubjectVersion> {
    @Override
    public int compareTo(SubjectVersion other) {
      return Comparator.comparing(SubjectVersion::subject)
          .thenComparingInt(SubjectVersion::version)
          .compare(this, other);
    }
  }

  private final Map<String, TreeMap<Integer, StoredVersion>> subjects = new TreeMap<>();
  private final Map<Integer, TreeSet<SubjectVersion>> byId = new HashMap<>();
  private final Map<String, Integer> idByIdentity = new HashMap<>();
  private int maxId;
  private CompatibilityLevel globalLevel;
  private final Map<String, CompatibilityLevel> subjectLevels = new TreeMap<>();
  private String globalMode;
  private final Map<String, String> subjectModes = new TreeMap<>();

  /**
   * Applies one record of the log. Unknown key types and unknown fields are ignored, as are
   * records that cannot be parsed (they are logged), so a log written by a newer registry still
   * loads.
   */
  synchronized void apply(byte[] key, byte[] value) {
    JsonNode k;
    JsonNode v;
    try {
      k = JSON.readTree(key);
      v = value == null ? null : JSON.readTree(value);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Skipping unreadable record in the schemas topic: {}", e.getMessage());
      return;
    }
    if (k == null || !k.isObject()) {
      return;
    }
    String keytype = k.path("keytype").asText("");
    String subject = k.hasNonNull("subject") ? k.get("subject").asText() : null;
    switch (keytype) {
      case "SCHEMA" -> applySchema(subject, k.path("version").asInt(), v);
      case "CONFIG" -> applyConfig(subject, v);
      case "MODE" -> applyMode(subject, v);
      case "DELETE_SUBJECT" -> applyDeleteSubject(subject, v);
      default -> {
        // NOOP, CLEAR_SUBJECT, CONTEXT and whatever a newer registry writes: nothing to keep.
      }
    }
  }

  private void applySchema(String subject, int version, JsonNode v) {
    if (subject == null) {
      return;
    }
    if (v == null || v.isNull()) {
      TreeMap<Integer, StoredVersion> versions = subjects.get(subject);
      if (versions != null) {
        StoredVersion removed = versions.remove(version);
        if (removed != null) {
          unindex(removed);
        }
        if (versions.isEmpty()) {
          subjects.remove(subject);
        }
      }
      return;
    }
    List<SchemaRef> refs = new ArrayList<>();
    for (JsonNode ref : v.path("references")) {
      refs.add(new SchemaRef(ref.path("name").asText(), ref.path("subject").asText(), ref.path("version").asInt()));
    }
    String schemaType = v.path("schemaType").asText("AVRO");
    if (!schemaType.equals("AVRO")) {
      LOG.warn("Ignoring {} schema for subject '{}' version {}: only Avro is served", schemaType, subject, version);
      return;
    }
    StoredVersion stored =
        new StoredVersion(subject, version, v.path("id").asInt(), v.path("schema").asText(), refs, v.path("deleted").asBoolean(false));
    StoredVersion sameId = representative(stored.id());
    if (sameId != null && !(sameId.schema().equals(stored.schema()) && sameId.references().equals(stored.references()))) {
      LOG.warn("Ignoring schema for subject '{}' version {}: id {} already names another schema", subject, version, stored.id());
      return;
    }
    TreeMap<Integer, StoredVersion> versions = subjects.computeIfAbsent(subject, s -> new TreeMap<>());
    StoredVersion previous = versions.put(version, stored);
    if (previous != null) {
      unindex(previous);
    }
    byId.computeIfAbsent(stored.id(), id -> new TreeSet<>()).add(new SubjectVersion(subject, version));
    idByIdentity.put(AvroSchemas.identity(stored.schema(), stored.references()), stored.id());
    maxId = Math.max(maxId, stored.id());
  }

  private void unindex(StoredVersion removed) {
    TreeSet<SubjectVersion> holders = byId.get(removed.id());
    if (holders != null) {
      holders.remove(new SubjectVersion(removed.subject(), removed.version()));
      if (holders.isEmpty()) {
        byId.remove(removed.id());
      }
    }
  }

  private void applyConfig(String subject, JsonNode v) {
    CompatibilityLevel level =
        v == null || v.isNull() ? null : CompatibilityLevel.parse(v.path("compatibilityLevel").asText(null)).orElse(null);
    if (subject == null) {
      globalLevel = level;
    } else if (level == null) {
      subjectLevels.remove(subject);
    } else {
      subjectLevels.put(subject, level);
    }
  }

  private void applyMode(String subject, JsonNode v) {
    String mode = v == null || v.isNull() ? null : v.path("mode").asText(null);
    if (subject == null) {
      globalMode = mode;
    } else if (mode == null) {
      subjectModes.remove(subject);
    } else {
      subjectModes.put(subject, mode);
    }
  }

  private void applyDeleteSubject(String subject, JsonNode v) {
    if (subject == null || v == null || v.isNull()) {
      return;
    }
    int upTo = v.path("version").asInt();
    TreeMap<Integer, StoredVersion> versions = subjects.get(subject);
    if (versions != null) {
      versions.headMap(upTo, true).replaceAll((n, stored) -> stored.withDeleted(true));
    }
  }

  /** Every version of a subject, soft-deleted ones included, ascending; empty when unknown. */
  synchronized List<StoredVersion> versions(String subject) {
    TreeMap<Integer, StoredVersion> versions = subjects.get(subject);
    return versions == null ? List.of() : List.copyOf(versions.values());
  }

  /** Names of every subject that has at least one version (soft-deleted or not), sorted. */
  synchronized List<String> subjectNames() {
    return List.copyOf(subjects.keySet());
  }

  /** Every subject-version that carries {@code id}, soft-deleted ones included. */
  synchronized List<StoredVersion> versionsWithId(int id) {
    List<StoredVersion> out = new ArrayList<>();
    for (SubjectVersion sv : byId.getOrDefault(id, new TreeSet<>())) {
      out.add(subjects.get(sv.subject()).get(sv.version()));
    }
    return out;
  }

  /** One subject-version carrying {@code id}, or null when no version carries it. */
  synchronized StoredVersion representative(int id) {
    TreeSet<SubjectVersion> holders = byId.get(id);
    if (holders == null || holders.isEmpty()) {
      return null;
    }
    SubjectVersion first = holders.first();
    return subjects.get(first.subject()).get(first.version());
  }

  /** The id ever given to a schema identity, if any. */
  synchronized Optional<Integer> idFor(String identity) {
    return Optional.ofNullable(idByIdentity.get(identity));
  }

  /** Every live or soft-deleted version whose references point at {@code subject}/{@code version}. */
  synchronized List<StoredVersion> referrers(String subject, int version) {
    List<StoredVersion> out = new ArrayList<>();
    for (TreeMap<Integer, StoredVersion> versions : subjects.values()) {
      for (StoredVersion candidate : versions.values()) {
        for (SchemaRef ref : candidate.references()) {
          if (ref.subject().equals(subject) && ref.version() == version) {
            out.add(candidate);
            break;
          }
        }
      }
    }
    return out;
  }

  synchronized int maxId() {
    return maxId;
  }

  synchronized Optional<CompatibilityLevel> globalLevel() {
    return Optional.ofNullable(globalLevel);
  }

  synchronized Optional<CompatibilityLevel> subjectLevel(String subject) {
    return Optional.ofNullable(subjectLevels.get(subject));
  }

  synchronized Optional<String> globalMode() {
    return Optional.ofNullable(globalMode);
  }

  synchronized Optional<String> subjectMode(String subject) {
    return Optional.ofNullable(subjectModes.get(subject));
  }
}
