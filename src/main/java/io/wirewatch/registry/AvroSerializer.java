package io.wirewatch.registry;

import io.wirewatch.registry.internal.AvroTrust;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records (generated {@link SpecificRecord} classes or {@code GenericRecord}s) in the
 * Confluent wire format: byte 0, the schema id as 4 big-endian bytes, then the Avro binary
 * datum. The subject is {@code <topic>-value} or {@code <topic>-key}. A null record stays null
 * (tombstone). See {@link AvroSerdeConfig} and {@link RegistryClientConfig} for the settings.
 *
 * <p>Made by Kafka from its class name (then {@link #configure}d), or with a client of your own.
 */
public class AvroSerializer<T> implements Serializer<T> {
  static {
    AvroTrust.trustGeneratedClasses();
  }

  /** The id to frame with and the schema to write with, per (subject, record schema). */
  private record Target(int id, Schema writer, boolean convert) {}

  private record TargetKey(String subject, Schema schema) {}

  private SchemaRegistryClient client;
  private boolean ownsClient;
  private AvroSerdeConfig settings = AvroSerdeConfig.fromMap(Map.of());
  private boolean isKey;
  private final Map<TargetKey, Target> targets = new ConcurrentHashMap<>();
  // Each value is written into a buffer its thread reuses, then copied out at its exact size: one
  // array per value. A fresh stream per value made two (its buffer, then the copy), and growing a
  // small one to an article's 5 KB copied each value several times more.
  private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);

  /** A reusable output buffer; one much larger than usual is let go after use. */
  private static final class Output extends ByteArrayOutputStream {
    private static final int KEEP_MAX = 1 << 20;

    Output() {
      super(8 * 1024);
    }

    byte[] copyAndReset() {
      byte[] value = Arrays.copyOf(buf, count);
      reset();
      return value;
    }

    /** Empties the buffer, also after a value that failed half-way. */
    @Override
    public void reset() {
      count = 0;
      if (buf.length > KEEP_MAX) {
        buf = new byte[8 * 1024];
      }
    }
  }

  /** For Kafka, which calls {@link #configure} next. */
  public AvroSerializer() {}

  /** A configured serializer that uses (and does not close) {@code client}. */
  public AvroSerializer(SchemaRegistryClient client, Map<String, ?> config, boolean isKey) {
    this.client = client;
    configure(config, isKey);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean key) {
    this.settings = AvroSerdeConfig.fromMap(configs);
    this.isKey = key;
    if (client == null) {
      client = HttpSchemaRegistryClient.fromConfig(configs);
      ownsClient = true;
    }
  }

  /** The subject a topic's records are registered under: {@code <topic>-key} or {@code <topic>-value}. */
  public static String subjectFor(String topic, boolean isKey) {
    return topic + (isKey ? "-key" : "-value");
  }

  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    if (client == null) {
      throw new IllegalStateException("AvroSerializer used before configure(): pass schema.registry.url");
    }
    if (!(data instanceof GenericContainer container)) {
      throw new SerializationException(
          "can't write a " + data.getClass().getName() + " to " + topic + " as Avro: pass a generated Avro class or a GenericRecord");
    }
    Schema schema = container.getSchema();
    String subject = subjectFor(topic, isKey);
    Target target = targets.computeIfAbsent(new TargetKey(subject, schema), k -> resolveTarget(subject, schema));
    try {
      Output out = OUTPUT.get();
      out.reset();
      out.write(0);
      out.write(ByteBuffer.allocate(4).putInt(target.id()).array());
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
      if (target.convert()) {
        // Re-shape the datum into the registered schema by Avro's own resolution.
        Object converted = new GenericDatumReader<>(schema, target.writer(), GenericData.get())
            .read(null, DecoderFactory.get().binaryDecoder(encode(data, schema), null));
        new GenericDatumWriter<>(target.writer(), GenericData.get()).write(converted, encoder);
      } else {
        writers.computeIfAbsent(new WriterKey(data.getClass(), schema), k -> writerFor(data, schema))
            .write(data, encoder);
      }
      encoder.flush();
      return out.copyAndReset();
    } catch (IOException | RuntimeException e) {
      if (e instanceof SerializationException se) {
        throw se;
      }
      throw new SerializationException("can't write a " + schema.getFullName() + " to " + topic + ": " + e.getMessage(), e);
    }
  }

  /**
   * What {@link #serialize} would write for {@code data} to {@code topic}, given {@code written}: the
   * bytes this serializer wrote for the same, unchanged record to another topic. A schema id names
   * one schema, so when {@code topic}'s subject writes the record with its own schema under the
   * same id as {@code written}, those very bytes are the answer and nothing is encoded again.
   * Otherwise (another id, or a record re-shaped into another registered schema) the record is
   * serialized in full.
   */
  public byte[] serializeAgain(String topic, T data, byte[] written) {
    if (!(data instanceof GenericContainer container) || written == null || written.length < 5) {
      return serialize(topic, data);
    }
    Schema schema = container.getSchema();
    String subject = subjectFor(topic, isKey);
    Target target = targets.computeIfAbsent(new TargetKey(subject, schema), k -> resolveTarget(subject, schema));
    boolean sameFrame = !target.convert() && ByteBuffer.wrap(written, 1, 4).getInt() == target.id();
    return sameFrame ? written : serialize(topic, data);
  }

  private Target resolveTarget(String subject, Schema schema) {
    if (settings.useLatestVersion()) {
      RegisteredSchema latest = client.latest(subject);
      Schema latestSchema = new Schema.Parser().setValidateDefaults(false).parse(latest.schema());
      if (latestSchema.equals(schema)) {
        return new Target(latest.id(), schema, false);
      }
      SchemaCompatibility.SchemaPairCompatibility check = SchemaCompatibility.checkReaderWriterCompatibility(latestSchema, schema);
      if (check.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
        throw new SerializationException(
            "the latest schema of " + subject + " (version " + latest.version() + ", id " + latest.id()
                + ") can't read a " + schema.getFullName() + " as this program writes it: " + check.getDescription());
      }
      return new Target(latest.id(), latestSchema, true);
    }
    String text = schema.toString();
    int id = settings.autoRegister()
        ? client.register(subject, text, settings.normalize())
        : client.lookup(subject, text, settings.normalize(), false).id();
    return new Target(id, schema, false);
  }

  /** Datum writers are immutable once built and safe to share; building one per record is costly. */
  private record WriterKey(Class<?> type, Schema schema) {}

  private final Map<WriterKey, DatumWriter<Object>> writers = new java.util.concurrent.ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  private static DatumWriter<Object> writerFor(Object data, Schema schema) {
    if (data instanceof SpecificRecord) {
      return new SpecificDatumWriter<>(schema, SpecificData.getForClass(data.getClass()));
    }
    return (DatumWriter<Object>) (DatumWriter<?>) new GenericDatumWriter<>(schema, GenericData.get());
  }

  private static byte[] encode(Object data, Schema schema) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    writerFor(data, schema).write(data, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }
}
