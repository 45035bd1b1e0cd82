package io.wirewatch.registry;

import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Configured Avro serdes in the Confluent wire format.
 *
 * <pre>{@code
 * Map<String, Object> config = Map.of("schema.registry.url", "http://localhost:8081");
 * Serde<Article> articles = AvroSerdes.specific(Article.class, config, false);
 * }</pre>
 *
 * <p>Serdes made with a {@link SchemaRegistryClient} share it and its caches (the serde never
 * closes a client it was given); the others make a client of their own.
 */
public final class AvroSerdes {
  private AvroSerdes() {}

  /** A serde of a generated class; reads apply schema resolution into {@code type}'s schema. */
  public static <T extends SpecificRecord> Serde<T> specific(Class<T> type, Map<String, ?> config, boolean isKey) {
    return specific(type, HttpSchemaRegistryClient.fromConfig(config), config, isKey);
  }

  /** As {@link #specific(Class, Map, boolean)}, with a shared client. */
  public static <T extends SpecificRecord> Serde<T> specific(
      Class<T> type, SchemaRegistryClient client, Map<String, ?> config, boolean isKey) {
    return new AvroSerde<>(
        new AvroSerializer<>(client, config, isKey), new AvroDeserializer<>(client, type, null, config));
  }

  /** A serde of GenericRecord; reads give records in the writer's schema. */
  public static Serde<GenericRecord> generic(Map<String, ?> config, boolean isKey) {
    return generic(null, HttpSchemaRegistryClient.fromConfig(config), config, isKey);
  }

  /**
   * A serde of GenericRecord with a shared client; with a non-null {@code readerSchema}, reads
   * resolve into it.
   */
  public static Serde<GenericRecord> generic(Schema readerSchema, SchemaRegistryClient client, Map<String, ?> config, boolean isKey) {
    return new AvroSerde<>(
        new AvroSerializer<>(client, config, isKey), new AvroDeserializer<>(client, null, readerSchema, config));
  }
}
