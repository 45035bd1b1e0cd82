package io.wirewatch.streams.alerting.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** JSON for the topology's own state (stores and their changelogs), which no other program reads. */
public final class JsonSerde {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private JsonSerde() {}

  public static <T> Serde<T> of(Class<T> type) {
    return Serdes.serdeFrom((topic, v) -> {
      try {
        return v == null ? null : JSON.writeValueAsBytes(v);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, (topic, b) -> {
      try {
        return b == null ? null : JSON.readValue(b, type);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
