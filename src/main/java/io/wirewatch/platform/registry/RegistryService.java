package io.wirewatch.platform.registry;

import io.wirewatch.registry.CompatibilityLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * The registry's semantics (registration, lookup, deletes, compatibility, config and mode),
 * independent of HTTP. Reads go to the {@link RegistryState}; writes are decided under one lock
 * and go through the {@link RegistryLog}, so the state changes only by replaying the log.
 */
final class RegistryService {
  /** What the server uses when no global config record exists. */
  static final CompatibilityLevel DEFAULT_LEVEL = CompatibilityLevel.BACKWARD;

  static final String READWRITE = "READWRITE";
  static final String READONLY = "READONLY";
  static final String READONLY_OVERRIDE = "READONLY_OVERRIDE";
  static final String IMPORT = "IMPORT";
  private static final Set<String> MODES = Set.of(READWRITE, READONLY, READONLY_OVERRIDE, IMPORT);

  /** The body of register, lookup and compatibility calls. */
  record SchemaRequest(String schema, String schemaType, List<SchemaRef> references, Integer id, Integer version) {
    SchemaRequest {
      references = references == null ? List.of() : List.copyOf(references);
    }
  }

  /** The result of a compatibility check. */
  record CompatibilityResult(boolean compatible, List<String> messages) {}

  private final RegistryState state;
  private final RegistryLog log;
  private final Object writeLock = new Object();

  RegistryService(RegistryState state, RegistryLog log) {
    this.state = state;
    this.log = log;
  }

  // ---------------------------------------------------------------- versions and subjects

  /**
   * Parses a version path parameter: 1…2^31-1, "latest" (any case, trimmed) or -1 (latest).
   *
   * @return the version, or -1 for latest
   */
  static int parseVersion(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.equalsIgnoreCase("latest")) {
      return -1;
    }
    try {
      int version = Integer.parseInt(trimmed);
      if (version == -1 || version >= 1) {
        return version;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw RegistryException.invalidVersion(text);
  }

  static void validateSubject(String subject) {
    if (subject == null || subject.isEmpty() || subject.chars().anyMatch(Character::isISOControl)) {
      throw new RegistryException(
          422, 42208, "Invalid subject " + (subject == null ? "null" : "'" + subject.replaceAll("\\p{Cntrl}", "?") + "'")
              + ": a subject must not be empty or contain control characters");
    }
  }

  private static List<StoredVersion> live(List<StoredVersion> versions) {
    return versions.stream().filter(v -> !v.deleted()).toList();
  }

  /** The subjects with a live version (or, with {@code deleted}, any version), sorted. */
  List<String> subjects(boolean deleted, boolean deletedOnly, String prefix) {
    List<String> out = new ArrayList<>();
    for (String subject : state.subjectNames()) {
      if (prefix != null && !subject.startsWith(prefix)) {
        continue;
      }
      boolean hasLive = !live(state.versions(subject)).isEmpty();
      if (deletedOnly ? !hasLive : (hasLive || deleted)) {
        out.add(subject);
      }
    }
    return out;
  }

  /** Version numbers of a subject, ascending. */
  List<Integer> versions(String subject, boolean deleted, boolean deletedOnly) {
    List<StoredVersion> all = state.versions(subject);
    List<StoredVersion> chosen =
        deletedOnly
            ? all.stream().filter(StoredVersion::deleted).toList()
            : deleted ? all : live(all);
    if (chosen.isEmpty()) {
      throw RegistryException.subjectNotFound(subject);
    }
    return chosen.stream().map(StoredVersion::version).toList();
  }

  /** One subject-version; {@code versionText} is a number, "latest" or -1. */
  StoredVersion version(String subject, String versionText, boolean deleted) {
    int wanted = parseVersion(versionText);
    List<StoredVersion> all = state.versions(subject);
    List<StoredVersion> visible = deleted ? all : live(all);
    if (visible.isEmpty()) {
      throw RegistryException.subjectNotFound(subject);
    }
    if (wanted == -1) {
      List<StoredVersion> liveOnes = live(all);
      return liveOnes.isEmpty() ? visible.get(visible.size() - 1) : liveOnes.get(liveOnes.size() - 1);
    }
    return visible.stream()
        .filter(v -> v.version() == wanted)
        .findFirst()
        .orElseThrow(() -> RegistryException.versionNotFound(wanted));
  }

  /** Ids of the schemas that reference a subject-version. */
  List<Integer> referencedBy(String subject, String versionText, boolean deleted) {
    StoredVersion target = version(subject, versionText, true);
    return state.referrers(subject, target.version()).stream()
        .filter(v -> deleted || !v.deleted())
        .map(StoredVersion::id)
        .distinct()
        .sorted()
        .toList();
  }

  // ---------------------------------------------------------------- schemas by id

  /** A subject-version carrying {@code id}; soft-deleted ones count. */
  StoredVersion schemaById(int id) {
    StoredVersion found = state.representative(id);
    if (found == null) {
      throw RegistryException.schemaNotFound("Schema " + id + " not found");
    }
    return found;
  }

  /** The subject-versions carrying {@code id}. */
  List<StoredVersion> versionsOfId(int id, boolean deleted) {
    schemaById(id);
    return state.versionsWithId(id).stream().filter(v -> deleted || !v.deleted()).toList();
  }

  int maxId() {
    return state.maxId();
  }

  // ---------------------------------------------------------------- lookup and register

  private AvroSchemas.ReferenceResolver resolver() {
    return (subject, version) -> {
      List<StoredVersion> all = state.versions(subject);
      if (version == -1) {
        List<StoredVersion> liveOnes = live(all);
        return liveOnes.isEmpty() ? null : liveOnes.get(liveOnes.size() - 1);
      }
      return all.stream().filter(v -> v.version() == version).findFirst().orElse(null);
    };
  }

  private AvroSchemas.Parsed parse(SchemaRequest request, boolean normalize) {
    if (request.schemaType() != null && !request.schemaType().equalsIgnoreCase("AVRO")) {
      throw RegistryException.invalidSchema(
          "of type " + request.schemaType() + ": this registry serves AVRO schemas only");
    }
    // A reference to "latest" is pinned to the version it resolves to now.
    List<SchemaRef> refs = new ArrayList<>();
    for (SchemaRef ref : request.references()) {
      if (ref.version() == -1) {
        StoredVersion latest = resolver().resolve(ref.subject(), -1);
        refs.add(latest == null ? ref : new SchemaRef(ref.name(), ref.subject(), latest.version()));
      } else {
        refs.add(ref);
      }
    }
    return AvroSchemas.parse(request.schema(), refs, resolver(), normalize);
  }

  private Optional<StoredVersion> match(List<StoredVersion> candidates, AvroSchemas.Parsed parsed) {
    String identity = AvroSchemas.identity(parsed.canonical(), parsed.references());
    Optional<StoredVersion> exact =
        candidates.stream()
            .filter(v -> AvroSchemas.identity(v.schema(), v.references()).equals(identity))
            .reduce((a, b) -> b);
    if (exact.isPresent() || !parsed.references().isEmpty()) {
      return exact;
    }
    // A schema sent with its references inlined matches a stored version that has references.
    return candidates.stream()
        .filter(v -> !v.references().isEmpty())
        .filter(v -> parsed.schema().equals(AvroSchemas.parseStored(v, resolver())))
        .reduce((a, b) -> b);
  }

  /** Finds the version of {@code subject} whose schema is the one in {@code request}. */
  StoredVersion lookup(String subject, SchemaRequest request, boolean normalize, boolean deleted) {
    List<StoredVersion> all = state.versions(subject);
    List<StoredVersion> candidates = deleted ? all : live(all);
    if (candidates.isEmpty()) {
      throw RegistryException.subjectNotFound(subject);
    }
    AvroSchemas.Parsed parsed = parse(request, normalize);
    return match(candidates, parsed).orElseThrow(() -> RegistryException.schemaNotFound("Schema not found"));
  }

  /** Registers a schema under a subject and returns the stored version (existing or new). */
  StoredVersion register(String subject, SchemaRequest request, boolean normalize, boolean force) {
    validateSubject(subject);
    synchronized (writeLock) {
      String mode = effectiveMode(subject);
      if (mode.equals(READONLY) || mode.equals(READONLY_OVERRIDE)) {
        throw RegistryException.notPermitted("Subject " + subject + " is in read-only mode");
      }
      boolean importing = mode.equals(IMPORT);
      boolean explicit = (request.id() != null && request.id() >= 0) || (request.version() != null && request.version() > 0);
      if (importing && (request.id() == null || request.id() < 1)) {
        throw RegistryException.notPermitted("Subject " + subject + " is in import mode: a registration must carry an id");
      }
      if (!importing && explicit) {
        throw RegistryException.notPermitted(
            "Overwrite new schema with id or version is not permitted unless subject " + subject + " is in IMPORT mode");
      }
      AvroSchemas.Parsed parsed = parse(request, normalize && !importing);
      List<StoredVersion> all = state.versions(subject);
      List<StoredVersion> liveOnes = live(all);
      Optional<StoredVersion> existing = match(liveOnes, parsed);
      if (existing.isPresent() && !importing) {
        return existing.get();
      }
      String identity = AvroSchemas.identity(parsed.canonical(), parsed.references());
      int id;
      if (importing) {
        id = request.id();
        StoredVersion holder = state.representative(id);
        if (holder != null && !AvroSchemas.identity(holder.schema(), holder.references()).equals(identity)) {
          throw RegistryException.notPermitted(
              "Overwrite new schema with id " + id + " is not permitted: the id is used by a different schema");
        }
      } else {
        if (!force) {
          CompatibilityResult check = checkAgainst(subject, parsed.schema(), liveOnes, effectiveLevel(subject), true);
          if (!check.compatible()) {
            throw new RegistryException(409, 409, String.join(", ", check.messages()));
          }
        }
        id = state.idFor(identity).orElse(state.maxId() + 1);
        StoredVersion holder = state.representative(id);
        if (holder != null && !AvroSchemas.identity(holder.schema(), holder.references()).equals(identity)) {
          id = state.maxId() + 1;
        }
      }
      int maxVersion = all.stream().mapToInt(StoredVersion::version).max().orElse(0);
      int version = importing && request.version() != null && request.version() > 0 ? request.version() : maxVersion + 1;
      List<StoreRecords.LogRecord> records = new ArrayList<>();
      // A soft-deleted version of the same schema in this subject is superseded by the new one.
      for (StoredVersion old : all) {
        if (old.deleted() && old.id() == id && old.version() != version && state.referrers(subject, old.version()).isEmpty()) {
          records.add(StoreRecords.schemaTombstone(subject, old.version()));
        }
      }
      StoredVersion stored = new StoredVersion(subject, version, id, parsed.canonical(), parsed.references(), false);
      records.add(StoreRecords.schema(stored));
      log.append(records);
      return stored;
    }
  }

  // ---------------------------------------------------------------- compatibility

  /**
   * Checks a schema against one version ({@code versionText} not null) or against what
   * registering it would check (null).
   */
  CompatibilityResult testCompatibility(
      String subject, String versionText, SchemaRequest request, boolean normalize, boolean verbose) {
    int wanted = versionText == null ? 0 : parseVersion(versionText);
    AvroSchemas.Parsed parsed;
    try {
      parsed = parse(request, normalize);
    } catch (RegistryException e) {
      if (verbose && e.errorCode() == 42201) {
        return new CompatibilityResult(false, List.of(e.getMessage()));
      }
      throw e;
    }
    List<StoredVersion> all = state.versions(subject);
    List<StoredVersion> liveOnes = live(all);
    CompatibilityLevel level = effectiveLevel(subject);
    List<StoredVersion> against;
    if (versionText == null) {
      against = liveOnes;
    } else if (wanted == -1) {
      against = liveOnes.isEmpty() ? List.of() : List.of(liveOnes.get(liveOnes.size() - 1));
    } else {
      if (all.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      against = List.of(liveOnes.stream().filter(v -> v.version() == wanted).findFirst()
          .orElseThrow(() -> RegistryException.versionNotFound(wanted)));
      // Against one named version a transitive level is a single comparison.
    }
    CompatibilityResult result = checkAgainst(subject, parsed.schema(), against, level, versionText == null);
    return verbose ? result : new CompatibilityResult(result.compatible(), List.of());
  }

  /**
   * Runs the level's checks of {@code candidate} against {@code versions} (ascending). With
   * {@code useLevelScope}, non-transitive levels compare with the latest only; otherwise with
   * every version given.
   */
  private CompatibilityResult checkAgainst(
      String subject, Schema candidate, List<StoredVersion> versions, CompatibilityLevel level, boolean useLevelScope) {
    if (level == CompatibilityLevel.NONE || versions.isEmpty()) {
      return new CompatibilityResult(true, List.of());
    }
    List<StoredVersion> scope = new ArrayList<>(versions);
    Collections.reverse(scope);
    if (useLevelScope && !level.transitive()) {
      scope = scope.subList(0, 1);
    }
    for (StoredVersion old : scope) {
      Schema oldSchema = AvroSchemas.parseStored(old, resolver());
      List<String> problems = new ArrayList<>();
      if (level.newReadsOld()) {
        problems.addAll(AvroSchemas.incompatibilities(candidate, oldSchema, true));
      }
      if (level.oldReadsNew()) {
        problems.addAll(AvroSchemas.incompatibilities(oldSchema, candidate, false));
      }
      if (!problems.isEmpty()) {
        String message =
            "Schema being registered is incompatible with an earlier schema for subject \"" + subject + "\", details: ["
                + String.join(", ", problems)
                + ", {oldSchemaVersion: " + old.version() + "}, {oldSchema: '" + old.schema() + "'}"
                + ", {validateFields: 'false', compatibility: '" + level + "'}]";
        return new CompatibilityResult(false, List.of(message));
      }
    }
    return new CompatibilityResult(true, List.of());
  }

  // ---------------------------------------------------------------- deletes

  private void requireWritable(String subject) {
    String mode = effectiveMode(subject);
    if (mode.equals(READONLY) || mode.equals(READONLY_OVERRIDE)) {
      throw RegistryException.notPermitted("Subject " + subject + " is in read-only mode");
    }
  }

  private void requireUnreferenced(String subject, StoredVersion version) {
    if (!state.referrers(subject, version.version()).isEmpty()) {
      throw new RegistryException(
          422, 42206, "One or more references exist to the schema {subject=" + subject + ", version=" + version.version() + "}");
    }
  }

  /** Deletes one version (soft, or permanent after a soft delete) and returns its number. */
  int deleteVersion(String subject, String versionText, boolean permanent) {
    int wanted = parseVersion(versionText);
    synchronized (writeLock) {
      requireWritable(subject);
      List<StoredVersion> all = state.versions(subject);
      if (all.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      StoredVersion target;
      if (wanted == -1) {
        List<StoredVersion> liveOnes = live(all);
        if (liveOnes.isEmpty()) {
          throw RegistryException.subjectNotFound(subject);
        }
        target = liveOnes.get(liveOnes.size() - 1);
      } else {
        target = all.stream().filter(v -> v.version() == wanted).findFirst()
            .orElseThrow(() -> RegistryException.versionNotFound(wanted));
      }
      requireUnreferenced(subject, target);
      if (permanent) {
        if (!target.deleted()) {
          throw new RegistryException(
              404, 40407, "Subject '" + subject + "' Version " + target.version() + " was not deleted first before being permanently deleted");
        }
        List<StoreRecords.LogRecord> records = new ArrayList<>();
        records.add(StoreRecords.schemaTombstone(subject, target.version()));
        if (all.size() == 1) {
          records.addAll(clearSubjectSettings(subject));
        }
        log.append(records);
      } else {
        if (target.deleted()) {
          throw new RegistryException(
              404, 40406, "Subject '" + subject + "' Version " + target.version() + " was soft deleted. Set permanent=true to delete permanently");
        }
        log.append(List.of(StoreRecords.schema(target.withDeleted(true))));
      }
      return target.version();
    }
  }

  /** Deletes a subject (soft, or permanent after a soft delete) and returns the versions deleted. */
  List<Integer> deleteSubject(String subject, boolean permanent) {
    synchronized (writeLock) {
      requireWritable(subject);
      List<StoredVersion> all = state.versions(subject);
      if (all.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      List<StoredVersion> liveOnes = live(all);
      for (StoredVersion version : all) {
        requireUnreferenced(subject, version);
      }
      if (permanent) {
        if (!liveOnes.isEmpty()) {
          throw new RegistryException(
              404, 40405, "Subject '" + subject + "' was not deleted first before being permanently deleted");
        }
        List<StoreRecords.LogRecord> records = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
          records.add(StoreRecords.schemaTombstone(subject, all.get(i).version()));
        }
        records.add(StoreRecords.deleteSubjectTombstone(subject));
        records.addAll(clearSubjectSettings(subject));
        log.append(records);
        return all.stream().map(StoredVersion::version).toList();
      }
      if (liveOnes.isEmpty()) {
        throw new RegistryException(
            404, 40404, "Subject '" + subject + "' was soft deleted. Set permanent=true to delete permanently");
      }
      log.append(List.of(StoreRecords.deleteSubject(subject, liveOnes.get(liveOnes.size() - 1).version())));
      return liveOnes.stream().map(StoredVersion::version).toList();
    }
  }

  /** When the last version of a subject is gone for good, its config and mode go too. */
  private List<StoreRecords.LogRecord> clearSubjectSettings(String subject) {
    List<StoreRecords.LogRecord> records = new ArrayList<>();
    if (state.subjectLevel(subject).isPresent()) {
      records.add(StoreRecords.config(subject, null));
    }
    if (state.subjectMode(subject).isPresent()) {
      records.add(StoreRecords.mode(subject, null));
    }
    return records;
  }

  // ---------------------------------------------------------------- config

  CompatibilityLevel effectiveLevel(String subject) {
    return state.subjectLevel(subject).or(state::globalLevel).orElse(DEFAULT_LEVEL);
  }

  CompatibilityLevel globalLevel() {
    return state.globalLevel().orElse(DEFAULT_LEVEL);
  }

  /** The subject's own level; with {@code defaultToGlobal}, the effective level. */
  CompatibilityLevel subjectLevel(String subject, boolean defaultToGlobal) {
    if (defaultToGlobal) {
      return effectiveLevel(subject);
    }
    return state.subjectLevel(subject).orElseThrow(() -> new RegistryException(
        404, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured"));
  }

  static CompatibilityLevel parseLevel(String text) {
    return CompatibilityLevel.parse(text).orElseThrow(() -> new RegistryException(
        422, 42203, "Invalid compatibility level " + text + ": use one of NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD,"
            + " FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE"));
  }

  /** Sets the level of a subject, or the global level when {@code subject} is null. */
  CompatibilityLevel setLevel(String subject, String levelText) {
    if (subject != null) {
      validateSubject(subject);
    }
    CompatibilityLevel level = parseLevel(levelText);
    synchronized (writeLock) {
      requireWritable(subject);
      log.append(List.of(StoreRecords.config(subject, level)));
    }
    return level;
  }

  /** Removes a subject's level (or resets the global one) and returns the previous level. */
  CompatibilityLevel deleteLevel(String subject) {
    synchronized (writeLock) {
      requireWritable(subject);
      CompatibilityLevel previous;
      if (subject == null) {
        previous = globalLevel();
      } else {
        previous = state.subjectLevel(subject).orElseThrow(() -> RegistryException.subjectNotFound(subject));
      }
      log.append(List.of(StoreRecords.config(subject, null)));
      return previous;
    }
  }

  // ---------------------------------------------------------------- mode

  /** The mode that governs writes to {@code subject} (null: the global mode). */
  String effectiveMode(String subject) {
    String global = state.globalMode().orElse(READWRITE);
    if (global.equals(READONLY_OVERRIDE) || subject == null) {
      return global;
    }
    return state.subjectMode(subject).orElse(global);
  }

  /** The subject's own mode; with {@code defaultToGlobal}, the effective mode. */
  String subjectMode(String subject, boolean defaultToGlobal) {
    if (defaultToGlobal) {
      return effectiveMode(subject);
    }
    return state.subjectMode(subject).orElseThrow(() -> new RegistryException(
        404, 40409, "Subject '" + subject + "' does not have subject-level mode configured"));
  }

  /** Sets (or with a null mode clears) the mode of a subject, or the global mode. */
  Optional<String> setMode(String subject, String modeText, boolean force) {
    if (subject != null) {
      validateSubject(subject);
    }
    String mode = modeText == null ? null : modeText.trim().toUpperCase(Locale.ROOT);
    if (mode != null && !MODES.contains(mode)) {
      throw new RegistryException(
          422, 42204, "Invalid mode " + modeText + ": use one of READWRITE, READONLY, READONLY_OVERRIDE, IMPORT");
    }
    synchronized (writeLock) {
      if (IMPORT.equals(mode) && !force) {
        boolean hasSchemas = subject == null ? !state.subjectNames().isEmpty() : !state.versions(subject).isEmpty();
        if (hasSchemas) {
          throw RegistryException.notPermitted(
              "Cannot import since found existing subjects: set force=true to switch to IMPORT anyway");
        }
      }
      log.append(List.of(StoreRecords.mode(subject, mode)));
    }
    return Optional.ofNullable(mode);
  }

  /** Removes a subject's mode (or the global one) and returns the previous mode. */
  String deleteMode(String subject) {
    synchronized (writeLock) {
      String previous;
      if (subject == null) {
        previous = state.globalMode().orElse(READWRITE);
      } else {
        previous = state.subjectMode(subject).orElseThrow(() -> RegistryException.subjectNotFound(subject));
      }
      log.append(List.of(StoreRecords.mode(subject, null)));
      return previous;
    }
  }
}
