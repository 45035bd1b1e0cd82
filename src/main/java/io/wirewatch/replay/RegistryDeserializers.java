package io.wirewatch.replay;

import io.wirewatch.registry.AvroSerdes;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Value deserializers from the schema registry (Confluent wire format), configured by {@code schema.registry.url}. */
public final class RegistryDeserializers {
  private RegistryDeserializers() {}

  /** Deserializers configured from client properties (schema.registry.url and registry auth settings). */
  public static ValueDeserializers from(Properties clientProps) {
    Map<String, Object> config = new HashMap<>();
    clientProps.forEach((k, v) -> config.put(String.valueOf(k), v));
    return kind -> AvroSerdes.specific(kind.type(), config, false).deserializer();
  }
}
