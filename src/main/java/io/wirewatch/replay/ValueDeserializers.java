package io.wirewatch.replay;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Supplies the value deserializer for a kind of topic. In production this is the registry's
 * Confluent-framed Avro serde; tests pass their own.
 */
@FunctionalInterface
public interface ValueDeserializers {
  Deserializer<? extends SpecificRecord> forKind(ValueKind kind);
}
