package io.wirewatch.platform.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * Avro-specific rules of the registry: parsing with references, the canonical text that decides
 * identity, normalization, the identity hash, and compatibility checks with Avro's own {@link
 * SchemaCompatibility}.
 */
final class AvroSchemas {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Attributes Avro itself defines. Normalization keeps them where Avro printed them and sorts
   * every other (custom) property, so two schemas that differ only in the order of custom
   * properties normalize to the same text.
   */
  private static final Set<String> RESERVED =
      Set.of(
          "type", "name", "namespace", "doc", "fields", "items", "values", "symbols", "size",
          "default", "aliases", "order", "logicalType", "precision", "scale");

  /** Finds a stored subject-version for a reference; version -1 means the latest. */
  interface ReferenceResolver {
    /** The stored version, or null when there is none. */
    StoredVersion resolve(String subject, int version);
  }

  /** A parsed schema: its Avro form, the text the registry stores, and its references. */
  record Parsed(Schema schema, String canonical, List<SchemaRef> references) {}

  private AvroSchemas() {}

  /**
   * Parses {@code text} (strict: defaults are validated) after loading every referenced schema
   * into the same parser.
   *
   * @throws RegistryException 42201 when the text, a default or a reference is invalid
   */
  static Parsed parse(
      String text, List<SchemaRef> references, ReferenceResolver resolver, boolean normalize) {
    if (text == null || text.isBlank()) {
      throw RegistryException.invalidSchema("(empty): a schema text is required");
    }
    List<SchemaRef> refs = new ArrayList<>(references);
    if (normalize) {
      refs = new ArrayList<>(new LinkedHashSet<>(refs));
      refs.sort(
          Comparator.comparing(SchemaRef::name)
              .thenComparing(SchemaRef::subject)
              .thenComparingInt(SchemaRef::version));
    }
    Map<String, StoredVersion> loaded = new LinkedHashMap<>();
    for (SchemaRef ref : refs) {
      load(ref, resolver, loaded, new TreeSet<>());
    }
    Schema.Parser parser = new Schema.Parser();
    try {
      for (StoredVersion dependency : loaded.values()) {
        parser.parse(dependency.schema());
      }
      List<Schema> known = new ArrayList<>(parser.getTypes().values());
      Schema schema = parser.parse(text);
      String canonical = known.isEmpty() ? schema.toString() : schema.toString(known, false);
      if (normalize) {
        canonical = normalizeText(canonical);
      }
      return new Parsed(schema, canonical, List.copyOf(refs));
    } catch (RuntimeException e) {
      throw RegistryException.invalidSchema("'" + abbreviate(text) + "': " + e.getMessage());
    }
  }

  /**
   * Parses a schema that is already stored. Stored schemas were validated when registered, so
   * this is lenient about defaults (an older Avro may have accepted what a newer one refuses).
   */
  static Schema parseStored(StoredVersion stored, ReferenceResolver resolver) {
    Map<String, StoredVersion> loaded = new LinkedHashMap<>();
    for (SchemaRef ref : stored.references()) {
      load(ref, resolver, loaded, new TreeSet<>());
    }
    Schema.Parser parser = new Schema.Parser().setValidateDefaults(false);
    for (StoredVersion dependency : loaded.values()) {
      parser.parse(dependency.schema());
    }
    return parser.parse(stored.schema());
  }

  private static void load(
      SchemaRef ref,
      ReferenceResolver resolver,
      Map<String, StoredVersion> loaded,
      Set<String> path) {
    StoredVersion target = resolver.resolve(ref.subject(), ref.version());
    if (target == null) {
      throw RegistryException.invalidSchema(
          "reference '"
              + ref.name()
              + "' points to subject '"
              + ref.subject()
              + "' version "
              + ref.version()
              + ", which is not registered");
    }
    String key = target.subject() + "\u0000" + target.version();
    if (loaded.containsKey(key)) {
      return;
    }
    if (!path.add(key)) {
      throw RegistryException.invalidSchema("reference cycle through subject '" + ref.subject() + "'");
    }
    for (SchemaRef nested : target.references()) {
      load(nested, resolver, loaded, path);
    }
    path.remove(key);
    loaded.put(key, target);
  }

  /**
   * A normalized rendering of Avro's compact JSON: Avro's own attributes stay in Avro's order,
   * custom properties are sorted by key, and aliases are sorted.
   */
  static String normalizeText(String avroJson) {
    try {
      return JSON.writeValueAsString(normalizeNode(JSON.readTree(avroJson)));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Avro printed JSON that does not parse: " + avroJson, e);
    }
  }

  private static JsonNode normalizeNode(JsonNode node) {
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> out.add(normalizeNode(element)));
      return out;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    Map<String, JsonNode> custom = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!RESERVED.contains(field.getKey())) {
        custom.put(field.getKey(), field.getValue());
      } else if (field.getKey().equals("aliases") && field.getValue().isArray()) {
        List<String> aliases = new ArrayList<>();
        field.getValue().forEach(alias -> aliases.add(alias.asText()));
        aliases.sort(null);
        ArrayNode sorted = out.putArray("aliases");
        aliases.forEach(sorted::add);
      } else if (field.getKey().equals("default")) {
        out.set("default", field.getValue());
      } else {
        out.set(field.getKey(), normalizeNode(field.getValue()));
      }
    }
    custom.forEach(out::set);
    return out;
  }

  /**
   * The identity of a schema within the registry: MD5 over the canonical text, then for every
   * reference its name, subject and version (4-byte big-endian), as the Confluent registry does.
   */
  static String identity(String canonical, List<SchemaRef> references) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      md5.update(canonical.getBytes(StandardCharsets.UTF_8));
      for (SchemaRef ref : references) {
        md5.update(ref.name().getBytes(StandardCharsets.UTF_8));
        md5.update(ref.subject().getBytes(StandardCharsets.UTF_8));
        md5.update(ByteBuffer.allocate(4).putInt(ref.version()).array());
      }
      return HexFormat.of().formatHex(md5.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM ships MD5", e);
    }
  }

  /**
   * Why {@code reader} cannot read data written with {@code writer}, one line per problem in the
   * registry's {@code {errorType:…, description:…, additionalInfo:…}} style; empty when it can.
   *
   * @param readerIsNew whether the reader is the schema being checked (for the wording)
   */
  static List<String> incompatibilities(Schema reader, Schema writer, boolean readerIsNew) {
    SchemaCompatibility.SchemaPairCompatibility result =
        SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
    if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
      return List.of();
    }
    String readerSide = readerIsNew ? "new" : "old";
    String writerSide = readerIsNew ? "old" : "new";
    List<String> out = new ArrayList<>();
    for (SchemaCompatibility.Incompatibility problem : result.getResult().getIncompatibilities()) {
      String description =
          describe(problem.getType(), problem.getMessage(), problem.getLocation(), readerSide, writerSide);
      out.add(
          "{errorType:'"
              + problem.getType()
              + "', description:'"
              + description
              + "', additionalInfo:'"
              + problem.getMessage()
              + "'}");
    }
    return out;
  }

  private static String describe(
      SchemaCompatibility.SchemaIncompatibilityType type,
      String message,
      String location,
      String reader,
      String writer) {
    return switch (type) {
      case READER_FIELD_MISSING_DEFAULT_VALUE ->
          "The field '" + message + "' at path '" + location + "' in the " + reader
              + " schema has no default value and is missing in the " + writer + " schema";
      case TYPE_MISMATCH ->
          "The type (path '" + location + "') of a field in the " + reader
              + " schema does not match with the " + writer + " schema: " + message;
      case MISSING_ENUM_SYMBOLS ->
          "The " + reader + " schema is missing enum symbols '" + message + "' at path '"
              + location + "' in the " + writer + " schema";
      case MISSING_UNION_BRANCH ->
          "The " + reader + " schema is missing a type inside a union field at path '" + location
              + "' in the " + writer + " schema: " + message;
      case NAME_MISMATCH ->
          "The name of the schema has changed (path '" + location + "'): " + message;
      case FIXED_SIZE_MISMATCH ->
          "The size of FIXED type field at path '" + location + "' in the " + reader
              + " schema does not match with the " + writer + " schema: " + message;
      default -> type + " at path '" + location + "': " + message;
    };
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
  }
}
