package io.wirewatch.registry;

import io.wirewatch.registry.SchemaRegistryException.SchemaNotFoundException;
import io.wirewatch.registry.WireFormatException.Reason;
import io.wirewatch.registry.internal.AvroTrust;
import java.io.EOFException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Reads Confluent-framed Avro: checks the magic byte, fetches the writer schema by id (cached)
 * and decodes with Avro schema resolution into the reader's schema, so a record written with an
 * older schema reads into a newer class (added fields take their defaults). A null payload stays
 * null (tombstone). Any bad frame raises one {@link WireFormatException}.
 *
 * <p>The reader is, in order: the class given to the constructor; with {@code
 * specific.avro.reader=true}, the generated class named by the writer schema; else a {@code
 * GenericRecord} in the reader schema given to the constructor, or in the writer schema.
 */
public class AvroDeserializer<T> implements Deserializer<T> {
  static {
    AvroTrust.trustGeneratedClasses();
  }

  private record ReaderKey(int id, Schema reader) {}

  /**
   * One decoder per thread, pointed at each record in turn: a new one per record would also grow
   * a new string buffer per record. Per thread, because a Streams serde may be shared by threads.
   */
  private static final ThreadLocal<BinaryDecoder> DECODERS = new ThreadLocal<>();
  private static final byte[] NO_BYTES = new byte[0];

  private final Class<T> type;
  private final Schema genericReaderSchema;
  private SchemaRegistryClient client;
  private boolean ownsClient;
  private AvroSerdeConfig settings = AvroSerdeConfig.fromMap(Map.of());
  private final Map<Integer, Schema> writers = new ConcurrentHashMap<>();
  private final Map<ReaderKey, DatumReader<?>> readers = new ConcurrentHashMap<>();

  /** For Kafka, which calls {@link #configure} next. */
  public AvroDeserializer() {
    this(null, null, null);
  }

  /**
   * A configured deserializer that uses (and does not close) {@code client}.
   *
   * @param type a generated class to read into, or null for GenericRecord (or {@code
   *     specific.avro.reader})
   * @param genericReaderSchema for GenericRecord: the schema to resolve into, or null for the
   *     writer's
   */
  public AvroDeserializer(SchemaRegistryClient client, Class<T> type, Schema genericReaderSchema, Map<String, ?> config) {
    this(client, type, genericReaderSchema);
    configure(config, false);
  }

  private AvroDeserializer(SchemaRegistryClient client, Class<T> type, Schema genericReaderSchema) {
    this.client = client;
    this.type = type;
    this.genericReaderSchema = genericReaderSchema;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.settings = AvroSerdeConfig.fromMap(configs);
    if (client == null) {
      client = HttpSchemaRegistryClient.fromConfig(configs);
      ownsClient = true;
    }
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    return data == null ? null : deserialize(topic, data, 0, data.length);
  }

  /**
   * Reads the value where the consumer fetched it: without this, Kafka copies every value into a
   * new array first, a copy of each record that decoding does not need.
   */
  @Override
  public T deserialize(String topic, Headers headers, ByteBuffer data) {
    if (data == null) {
      return null;
    }
    if (!data.hasArray()) {
      return deserialize(topic, Utils.toArray(data));
    }
    return deserialize(topic, data.array(), data.arrayOffset() + data.position(), data.remaining());
  }

  @SuppressWarnings("unchecked")
  private T deserialize(String topic, byte[] data, int offset, int length) {
    if (length == 0) {
      throw new WireFormatException(Reason.EMPTY, topic, null, "the record has 0 bytes, expected a 5-byte header and an Avro body", null);
    }
    if (data[offset] != 0) {
      String hint = data[offset] == 1 ? " (GUID framing, which this reader does not support)" : "";
      throw new WireFormatException(
          Reason.UNKNOWN_MAGIC_BYTE, topic, null,
          String.format("first byte is 0x%02x%s, expected 0x00: not written by a schema-registry Avro serializer", data[offset], hint), null);
    }
    if (length < 5) {
      throw new WireFormatException(
          Reason.TRUNCATED, topic, null, "the record has " + length + " bytes, fewer than the 5-byte header", null);
    }
    if (client == null) {
      throw new IllegalStateException("AvroDeserializer used before configure(): pass schema.registry.url");
    }
    int id = ByteBuffer.wrap(data, offset + 1, 4).getInt();
    Schema writer = writerSchema(topic, id);
    DatumReader<?> reader;
    try {
      reader = readers.computeIfAbsent(new ReaderKey(id, readerSchema(writer)), key -> newReader(writer, key.reader()));
    } catch (RuntimeException e) {
      throw new WireFormatException(Reason.INCOMPATIBLE_SCHEMA, topic, id, "no reader for writer schema " + writer.getFullName() + ": " + e.getMessage(), e);
    }
    BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, offset + 5, length - 5, DECODERS.get());
    DECODERS.set(decoder);
    try {
      return (T) reader.read(null, decoder);
    } catch (EOFException e) {
      throw new WireFormatException(
          Reason.TRUNCATED, topic, id, "the Avro body ends early (" + (length - 5) + " bytes after the header)", e);
    } catch (AvroTypeException e) {
      throw new WireFormatException(
          Reason.INCOMPATIBLE_SCHEMA, topic, id, "writer schema " + writer.getFullName() + " does not resolve into the reader's: " + e.getMessage(), e);
    } catch (java.io.IOException | RuntimeException e) {
      throw new WireFormatException(Reason.UNDECODABLE_BODY, topic, id, "the Avro body does not decode: " + e, e);
    } finally {
      // Let go of the record's bytes: they may be a whole fetch response.
      DecoderFactory.get().binaryDecoder(NO_BYTES, 0, 0, decoder);
    }
  }

  private Schema writerSchema(String topic, int id) {
    Schema cached = writers.get(id);
    if (cached != null) {
      return cached;
    }
    String text;
    try {
      text = client.schemaById(id);
    } catch (SchemaNotFoundException e) {
      throw new WireFormatException(Reason.UNKNOWN_SCHEMA_ID, topic, id, "the schema registry has no schema " + id, e);
    }
    Schema parsed = new Schema.Parser().setValidateDefaults(false).parse(text);
    writers.put(id, parsed);
    return parsed;
  }

  private Schema readerSchema(Schema writer) {
    if (type != null && SpecificRecord.class.isAssignableFrom(type)) {
      return SpecificData.getForClass(type).getSchema(type);
    }
    if (settings.specificReader() && writer.getType() == Schema.Type.RECORD) {
      Class<?> generated = SpecificData.get().getClass(writer);
      if (generated == null || !SpecificRecord.class.isAssignableFrom(generated)) {
        throw new IllegalStateException(
            "specific.avro.reader=true but no generated class " + writer.getFullName() + " is on the classpath");
      }
      return SpecificData.getForClass(generated).getSchema(generated);
    }
    return genericReaderSchema != null ? genericReaderSchema : writer;
  }

  private DatumReader<?> newReader(Schema writer, Schema reader) {
    if (type != null && SpecificRecord.class.isAssignableFrom(type)) {
      return new SpecificDatumReader<>(writer, reader, SpecificData.getForClass(type));
    }
    if (settings.specificReader() && writer.getType() == Schema.Type.RECORD) {
      Class<?> generated = SpecificData.get().getClass(reader);
      return new SpecificDatumReader<>(writer, reader, SpecificData.getForClass(generated));
    }
    return new GenericDatumReader<>(writer, reader, GenericData.get());
  }

  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }
}
