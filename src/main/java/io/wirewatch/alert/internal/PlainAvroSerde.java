package io.wirewatch.alert.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro binary without a schema id: writer and reader must share the generated class. An interim serde
 * for the command line until the registry's Confluent-framed serdes are wired in; not for data that
 * other programs read.
 */
public final class PlainAvroSerde {
  private PlainAvroSerde() {}

  private static boolean trusted;

  /** Lets Avro 1.12 read the generated classes, which it refuses until their package is trusted. */
  private static synchronized void trustGeneratedClasses() {
    if (!trusted) {
      ClassSecurityValidator.ClassSecurityPredicate before = ClassSecurityValidator.getGlobal();
      ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(before,
          c -> c.getPackageName().equals("io.wirewatch.avro")));
      trusted = true;
    }
  }

  public static <T extends SpecificRecord> Serde<T> of(Class<T> type) {
    trustGeneratedClasses();
    SpecificDatumWriter<T> writer = new SpecificDatumWriter<>(type);
    SpecificDatumReader<T> reader = new SpecificDatumReader<>(type);
    Serializer<T> ser = (topic, value) -> {
      if (value == null) {
        return null;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
      try {
        writer.write(value, enc);
        enc.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    };
    Deserializer<T> de = (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      BinaryDecoder dec = DecoderFactory.get().binaryDecoder(bytes, null);
      try {
        return reader.read(null, dec);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    return Serdes.serdeFrom(ser, de);
  }
}
