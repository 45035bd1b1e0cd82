package io.wirewatch.registry;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A Kafka record that is not a readable Confluent-framed Avro datum: the one exception the
 * deserializers raise for bad input, carrying the {@link Reason}, the topic and, when the header
 * could be read, the schema id. A deserialization handler adds the partition and offset with
 * {@link #describeAt(int, long)}.
 */
public final class WireFormatException extends SerializationException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the record. */
  public enum Reason {
    /** Zero bytes: nothing to read (a null value is a tombstone and is not an error). */
    EMPTY,
    /** The first byte is not the Confluent magic byte 0. */
    UNKNOWN_MAGIC_BYTE,
    /** Fewer than the 5 header bytes, or the Avro body ends early. */
    TRUNCATED,
    /** The registry knows no schema with the id in the header. */
    UNKNOWN_SCHEMA_ID,
    /** The body does not decode with the writer schema the id names. */
    UNDECODABLE_BODY,
    /** The writer schema cannot be resolved into the reader schema or class. */
    INCOMPATIBLE_SCHEMA
  }

  private final Reason reason;
  private final String topic;
  private final Integer schemaId;

  public WireFormatException(Reason reason, String topic, Integer schemaId, String detail, Throwable cause) {
    super(reason + " in a record of " + topic + (schemaId == null ? "" : " (schema id " + schemaId + ")") + ": " + detail, cause);
    this.reason = reason;
    this.topic = topic;
    this.schemaId = schemaId;
  }

  public Reason reason() {
    return reason;
  }

  public String topic() {
    return topic;
  }

  /** The schema id in the header, or null when the header could not be read. */
  public Integer schemaId() {
    return schemaId;
  }

  /** "topic/partition@offset: reason", e.g. {@code news.articles.raw/3@1042: UNKNOWN_MAGIC_BYTE …}. */
  public String describeAt(int partition, long offset) {
    return describe(topic, partition, offset, getMessage());
  }

  /** "topic/partition@offset: reason" for any failure. */
  public static String describe(String topic, int partition, long offset, String reason) {
    return topic + "/" + partition + "@" + offset + ": " + reason;
  }
}
