package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.platform.registry.EmbeddedSchemaRegistry;
import io.wirewatch.platform.registry.InMemorySchemaRegistry;
import io.wirewatch.registry.AvroSerializer;
import io.wirewatch.registry.HttpSchemaRegistryClient;
import io.wirewatch.registry.SchemaRegistryClient;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SerializeOnceTest {
  static final Schema V1 = new Schema.Parser().parse(
      "{\"type\":\"record\",\"name\":\"Note\",\"namespace\":\"t\",\"fields\":[{\"name\":\"text\",\"type\":\"string\"}]}");
  static final Schema V2 = new Schema.Parser().parse(
      "{\"type\":\"record\",\"name\":\"Note\",\"namespace\":\"t\",\"fields\":[{\"name\":\"text\",\"type\":\"string\"},"
          + "{\"name\":\"lang\",\"type\":[\"null\",\"string\"],\"default\":null}]}");

  private EmbeddedSchemaRegistry registry;
  private SchemaRegistryClient client;

  @BeforeEach
  void start() {
    registry = InMemorySchemaRegistry.start();
    client = HttpSchemaRegistryClient.fromConfig(Map.of("schema.registry.url", registry.url()));
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  private static GenericRecord note(String text) {
    GenericRecord r = new GenericData.Record(V1);
    r.put("text", text);
    return r;
  }

  private AvroSerializer<GenericRecord> avro(boolean useLatest) {
    return new AvroSerializer<>(client, Map.of("schema.registry.url", registry.url(),
        "use.latest.version", Boolean.toString(useLatest), "auto.register.schemas", Boolean.toString(!useLatest)), false);
  }

  @Test
  void theSameRecordToASecondTopicReusesTheBytesAndMatchesAFullSerialization() {
    Serializer<GenericRecord> once = SerializeOnce.wrap(avro(false));
    GenericRecord n = note("China, Russia block U.S. bid");
    byte[] first = once.serialize("news.articles.enriched", n);
    byte[] second = once.serialize("news.topic.sanctions-blocked", n);

    AvroSerializer<GenericRecord> plain = avro(false);
    assertThat(first).isEqualTo(plain.serialize("news.articles.enriched", n));
    assertThat(second).isEqualTo(plain.serialize("news.topic.sanctions-blocked", n));
    // one schema, one id in every subject: the very same bytes, not encoded again
    assertThat(second).isSameAs(first);
  }

  @Test
  void anotherRecordIsEncodedAfresh() {
    Serializer<GenericRecord> once = SerializeOnce.wrap(avro(false));
    byte[] a = once.serialize("x", note("first"));
    byte[] b = once.serialize("y", note("second"));
    assertThat(b).isNotSameAs(a).isEqualTo(avro(false).serialize("y", note("second")));
  }

  @Test
  void aTopicWhoseLatestSchemaDiffersGetsTheRecordReshapedNotTheFirstTopicsBytes() {
    client.register("plain-value", V1);
    client.register("evolved-value", V2);
    Serializer<GenericRecord> once = SerializeOnce.wrap(avro(true));
    GenericRecord n = note("envoy expelled");
    byte[] toPlain = once.serialize("plain", n);
    byte[] toEvolved = once.serialize("evolved", n);
    assertThat(toEvolved).isEqualTo(avro(true).serialize("evolved", n)).isNotEqualTo(toPlain);
    // and back: the bytes written in V2's shape are not reused for the V1 topic either
    assertThat(once.serialize("plain", n)).isEqualTo(toPlain);
  }

  @Test
  void aSerializerThatIsNotAvroIsLeftAlone() {
    Serializer<String> s = new StringSerializer();
    assertThat(SerializeOnce.wrap(s)).isSameAs(s);
  }
}
