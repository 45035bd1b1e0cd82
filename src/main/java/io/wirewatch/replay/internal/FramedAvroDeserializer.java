package io.wirewatch.replay.internal;

import java.nio.ByteBuffer;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-framed Avro values (magic byte 0, 4-byte schema id, Avro binary) with the
 * schema compiled into Wirewatch, without asking a registry. Correct only while every producer
 * writes that same schema version: the registry serde, which resolves the writer schema by id,
 * replaces this as soon as it is available. Not thread-safe (reuses its decoder).
 */
public final class FramedAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {
  private final SpecificDatumReader<T> reader;
  private BinaryDecoder decoder;

  public FramedAvroDeserializer(Class<T> type) {
    this.reader = new SpecificDatumReader<>(type);
  }

  /** Deserializers for both article kinds, reading with the compiled schemas. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static io.wirewatch.replay.ValueDeserializers local() {
    return kind -> new FramedAvroDeserializer(kind.type());
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    // Confluent wire format: byte 0 is the magic 0, bytes 1-4 the schema id, then Avro binary.
    if (data.length < 5 || data[0] != 0) {
      throw new SerializationException("value in " + topic + " is not Confluent-framed Avro (no magic byte 0)");
    }
    try {
      decoder = DecoderFactory.get().binaryDecoder(data, 5, data.length - 5, decoder);
      return reader.read(null, decoder);
    } catch (Exception e) {
      int id = ByteBuffer.wrap(data, 1, 4).getInt();
      throw new SerializationException("cannot read " + reader.getSchema().getName() + " from " + topic
          + " (schema id " + id + "): " + e.getMessage(), e);
    }
  }
}
