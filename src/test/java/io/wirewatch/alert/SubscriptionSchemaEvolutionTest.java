package io.wirewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.alert.testing.Fixtures;
import io.wirewatch.avro.Subscription;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

/**
 * The pause/snooze fields are an additive change to Subscription: records written before it read as
 * active subscriptions, and readers of the previous schema (a delivery role not yet upgraded) still
 * read new records. The previous schema is kept as a test resource, as it was released.
 */
class SubscriptionSchemaEvolutionTest {
  private static Schema previous() throws IOException {
    try (InputStream in = SubscriptionSchemaEvolutionTest.class.getResourceAsStream("/schemas-history/Subscription-1.avsc")) {
      return new Schema.Parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theNewSchemaIsBackwardAndForwardCompatibleWithThePreviousOne() throws IOException {
    Schema old = previous();
    Schema now = Subscription.getClassSchema();
    assertThat(SchemaCompatibility.checkReaderWriterCompatibility(now, old).getType())
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    assertThat(SchemaCompatibility.checkReaderWriterCompatibility(old, now).getType())
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    assertThat(now.getField("quietFrom").defaultVal()).isEqualTo(org.apache.avro.JsonProperties.NULL_VALUE);
    assertThat(now.getField("quietUntil").defaultVal()).isEqualTo(org.apache.avro.JsonProperties.NULL_VALUE);
  }

  @Test
  void aSubscriptionWrittenWithThePreviousSchemaReadsAsActive() throws IOException {
    Schema old = previous();
    Subscription current = Fixtures.subscription("sub-old").build();
    // write it as the previous release did: the same fields, without the quiet spell
    GenericRecord generic = toGeneric(current);
    GenericRecord asBefore = new GenericData.Record(old);
    for (Schema.Field f : old.getFields()) {
      asBefore.put(f.name(), generic.get(f.name()));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(bytes, null);
    new GenericDatumWriter<GenericRecord>(old).write(asBefore, enc);
    enc.flush();

    Subscription read = new SpecificDatumReader<Subscription>(old, Subscription.getClassSchema())
        .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    assertThat(read.getId()).isEqualTo("sub-old");
    assertThat(read.getQuietFrom()).isNull();
    assertThat(read.getQuietUntil()).isNull();
    assertThat(SubscriptionState.at(read, Instant.now()).mode()).isEqualTo(SubscriptionState.Mode.ACTIVE);
  }

  @Test
  void aPausedSubscriptionReadsWithThePreviousSchemaWithoutItsNewFields() throws IOException {
    Subscription paused = SubscriptionState.pause(Fixtures.subscription("sub-new").build(), Instant.parse("2026-12-05T09:00:00Z"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(bytes, null);
    new SpecificDatumWriter<Subscription>(Subscription.class).write(paused, enc);
    enc.flush();
    GenericRecord old = new GenericDatumReader<GenericRecord>(Subscription.getClassSchema(), previous())
        .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    assertThat(old.get("id").toString()).isEqualTo("sub-new");
    assertThat(old.hasField("quietFrom")).isFalse();
  }

  // the record as generic data (enums and nested records too), by a round trip through its bytes
  private static GenericRecord toGeneric(Subscription s) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(bytes, null);
    new SpecificDatumWriter<Subscription>(Subscription.class).write(s, enc);
    enc.flush();
    return new GenericDatumReader<GenericRecord>(Subscription.getClassSchema())
        .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
  }
}
