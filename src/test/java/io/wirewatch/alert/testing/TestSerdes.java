package io.wirewatch.alert.testing;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.Story;
import io.wirewatch.avro.Subscription;
import io.wirewatch.avro.Surge;
import io.wirewatch.streams.alerting.AlertingSerdes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Avro binary serdes for tests (no registry framing). */
public final class TestSerdes {
  private TestSerdes() {}

  public static <T extends SpecificRecord> Serde<T> avro(Class<T> type) {
    SpecificDatumWriter<T> w = new SpecificDatumWriter<>(type);
    SpecificDatumReader<T> r = new SpecificDatumReader<>(type);
    return Serdes.serdeFrom((topic, v) -> {
      if (v == null) {
        return null;
      }
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var enc = EncoderFactory.get().directBinaryEncoder(out, null);
        w.write(v, enc);
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, (topic, b) -> {
      if (b == null) {
        return null;
      }
      try {
        return r.read(null, DecoderFactory.get().binaryDecoder(b, null));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  public static AlertingSerdes alerting() {
    return new AlertingSerdes(avro(EnrichedArticle.class), avro(Story.class), avro(Subscription.class),
        avro(Alert.class), avro(Surge.class));
  }
}
