package io.wirewatch.platform.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.registry.CompatibilityLevel;
import java.nio.charset.StandardCharsets;

/**
 * Keys and values of the {@code _schemas} topic in the real registry's format. Compaction works
 * on key bytes, so keys are written by hand with a fixed property order and no whitespace:
 * {@code {"keytype":"SCHEMA","subject":"s","version":1,"magic":1}}. Values are compact JSON with
 * empty and null properties left out.
 */
final class StoreRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One record of the log; a null value is a tombstone. */
  record LogRecord(byte[] key, byte[] value) {
    String keyText() {
      return new String(key, StandardCharsets.UTF_8);
    }
  }

  private StoreRecords() {}

  static LogRecord schema(StoredVersion v) {
    ObjectNode value = JSON.createObjectNode();
    value.put("subject", v.subject());
    value.put("version", v.version());
    value.put("id", v.id());
    if (!v.references().isEmpty()) {
      ArrayNode refs = value.putArray("references");
      for (SchemaRef ref : v.references()) {
        refs.addObject().put("name", ref.name()).put("subject", ref.subject()).put("version", ref.version());
      }
    }
    value.put("schema", v.schema());
    value.put("deleted", v.deleted());
    return new LogRecord(schemaKey(v.subject(), v.version()), bytes(value));
  }

  static LogRecord schemaTombstone(String subject, int version) {
    return new LogRecord(schemaKey(subject, version), null);
  }

  /** A subject config; {@code subject} null is the global config, {@code level} null a removal. */
  static LogRecord config(String subject, CompatibilityLevel level) {
    byte[] key = subjectKey("CONFIG", subject);
    if (level == null) {
      return new LogRecord(key, null);
    }
    ObjectNode value = JSON.createObjectNode();
    if (subject != null) {
      value.put("subject", subject);
    }
    value.put("compatibilityLevel", level.name());
    return new LogRecord(key, bytes(value));
  }

  /** A subject mode; {@code subject} null is the global mode, {@code mode} null a removal. */
  static LogRecord mode(String subject, String mode) {
    byte[] key = subjectKey("MODE", subject);
    if (mode == null) {
      return new LogRecord(key, null);
    }
    ObjectNode value = JSON.createObjectNode();
    if (subject != null) {
      value.put("subject", subject);
    }
    value.put("mode", mode);
    return new LogRecord(key, bytes(value));
  }

  /** Soft-deletes every version of {@code subject} up to {@code version}. */
  static LogRecord deleteSubject(String subject, int version) {
    ObjectNode value = JSON.createObjectNode().put("subject", subject).put("version", version);
    return new LogRecord(subjectKey("DELETE_SUBJECT", subject), bytes(value));
  }

  static LogRecord deleteSubjectTombstone(String subject) {
    return new LogRecord(subjectKey("DELETE_SUBJECT", subject), null);
  }

  private static byte[] schemaKey(String subject, int version) {
    return utf8("{\"keytype\":\"SCHEMA\",\"subject\":" + quote(subject) + ",\"version\":" + version + ",\"magic\":1}");
  }

  private static byte[] subjectKey(String keytype, String subject) {
    if (subject == null) {
      return utf8("{\"keytype\":\"" + keytype + "\",\"magic\":0}");
    }
    return utf8("{\"keytype\":\"" + keytype + "\",\"subject\":" + quote(subject) + ",\"magic\":0}");
  }

  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string always serializes", e);
    }
  }

  private static byte[] bytes(ObjectNode value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serializes", e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
