package io.wirewatch.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.platform.registry.EmbeddedSchemaRegistry;
import io.wirewatch.platform.registry.InMemorySchemaRegistry;
import io.wirewatch.registry.WireFormatException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AvroSerdesTest {
  static final Schema USER_V1 = new Schema.Parser().parse(
      "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"t\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"}]}");
  static final Schema USER_V2 = new Schema.Parser().parse(
      "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"t\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},"
          + "{\"name\":\"email\",\"type\":[\"null\",\"string\"],\"default\":null}]}");
  static final Schema USER_V2_REQUIRED = new Schema.Parser().parse(
      "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"t\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},"
          + "{\"name\":\"email\",\"type\":\"string\"}]}");

  private EmbeddedSchemaRegistry registry;
  private SchemaRegistryClient client;
  private Map<String, Object> config;

  @BeforeEach
  void start() {
    registry = InMemorySchemaRegistry.start();
    client = HttpSchemaRegistryClient.fromConfig(Map.of("schema.registry.url", registry.url()));
    config = Map.of("schema.registry.url", registry.url());
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  static Article article(String id) {
    return Article.newBuilder()
        .setId(id)
        .setContentHash("abc")
        .setSource("UPI")
        .setHeadline("Envoy expelled")
        .setBody("The ministry expelled the envoy.")
        .setIngested(Instant.ofEpochMilli(1_700_000_000_000L))
        .setKeywords(List.of("diplomacy"))
        .setFormat(SourceFormat.WIRE_TEXT)
        .build();
  }

  static GenericRecord user(Schema schema, String name) {
    GenericRecord record = new GenericData.Record(schema);
    record.put("name", name);
    return record;
  }

  @Test
  void specificRecordRoundTripsInTheConfluentFrame() {
    Serde<Article> serde = AvroSerdes.specific(Article.class, client, config, false);
    byte[] bytes = serde.serializer().serialize("news.articles.raw", article("a1"));
    int id = client.latest("news.articles.raw-value").id();
    assertThat(bytes[0]).isEqualTo((byte) 0);
    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
    Article back = serde.deserializer().deserialize("news.articles.raw", bytes);
    assertThat(back).isEqualTo(article("a1"));
    assertThat(back.getIngested()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
  }

  /**
   * With {@code use.latest.version} and a newer compatible schema registered, the record is
   * re-shaped into that schema: every string, a large multi-script one included, must come back
   * as it was given (issue 15 found a body lost on this path).
   */
  @Test
  void useLatestVersionWritesEveryFieldOfARecordReshapedIntoANewerSchema() {
    Schema newer = withExtraOptionalField(Article.getClassSchema());
    int newerId = client.register("news.articles.raw-value", newer);
    Map<String, Object> latest = Map.of("schema.registry.url", registry.url(),
        AvroSerdeConfig.USE_LATEST_VERSION, true, AvroSerdeConfig.AUTO_REGISTER, false);
    AvroSerializer<Article> serializer = new AvroSerializer<>(client, latest, false);
    Serde<GenericRecord> generic = AvroSerdes.generic(null, client, config, false);
    for (int size : new int[] {100, 4096, 20_000, 200_000}) {
      String body = ("Le Quai d’Orsay — “inacceptable”. Москва возражает. الأمم المتحدة. 北朝鮮 🇰🇵 ")
          .repeat(size / 60 + 1);
      Article a = article("a-" + size);
      a.setBody(body);
      byte[] value = serializer.serialize("news.articles.raw", a);
      assertThat(ByteBuffer.wrap(value, 1, 4).getInt()).as("written under the newer schema").isEqualTo(newerId);
      GenericRecord read = generic.deserializer().deserialize("news.articles.raw", value);
      assertThat(read.get("body").toString()).as("body of %d chars", body.length()).isEqualTo(body);
      assertThat(read.get("headline").toString()).isEqualTo(a.getHeadline());
      assertThat(read.get("extra")).isNull();
    }
  }

  private static Schema withExtraOptionalField(Schema schema) {
    List<Schema.Field> fields = new java.util.ArrayList<>();
    for (Schema.Field f : schema.getFields()) {
      fields.add(new Schema.Field(f, f.schema()));
    }
    fields.add(new Schema.Field("extra", Schema.createUnion(Schema.create(Schema.Type.NULL),
        Schema.create(Schema.Type.STRING)), "added by a later version", Schema.Field.NULL_DEFAULT_VALUE));
    Schema copy = Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    schema.getObjectProps().forEach(copy::addProp);
    return copy;
  }

  @Test
  void keysUseTheKeySubject() {
    AvroSerdes.generic(null, client, config, true).serializer().serialize("users", user(USER_V1, "ann"));
    assertThat(client.subjects()).containsExactly("users-key");
  }

  @Test
  void genericRecordRoundTrips() {
    Serde<GenericRecord> serde = AvroSerdes.generic(null, client, config, false);
    GenericRecord back = serde.deserializer().deserialize("users", serde.serializer().serialize("users", user(USER_V1, "ann")));
    assertThat(back.get("name").toString()).isEqualTo("ann");
    assertThat(back.getSchema()).isEqualTo(USER_V1);
  }

  @Test
  void specificReaderFlagReadsGeneratedClassesWithoutATypeGiven() {
    byte[] bytes = AvroSerdes.specific(Article.class, client, config, false).serializer().serialize("t", article("a2"));
    AvroDeserializer<Object> deserializer =
        new AvroDeserializer<>(client, null, null, Map.of("schema.registry.url", registry.url(), "specific.avro.reader", "true"));
    assertThat(deserializer.deserialize("t", bytes)).isInstanceOf(Article.class).isEqualTo(article("a2"));
  }

  @Test
  void oldWriterNewReaderFillsTheAddedOptionalField() {
    byte[] v1Bytes = AvroSerdes.generic(null, client, config, false).serializer().serialize("users", user(USER_V1, "ann"));
    Serde<GenericRecord> v2 = AvroSerdes.generic(USER_V2, client, config, false);
    GenericRecord read = v2.deserializer().deserialize("users", v1Bytes);
    assertThat(read.getSchema()).isEqualTo(USER_V2);
    assertThat(read.get("name").toString()).isEqualTo("ann");
    assertThat(read.get("email")).isNull();
    GenericRecord withEmail = user(USER_V2, "bob");
    withEmail.put("email", "bob@example.org");
    byte[] v2Bytes = v2.serializer().serialize("users", withEmail);
    assertThat(ByteBuffer.wrap(v2Bytes, 1, 4).getInt()).isEqualTo(2);
    assertThat(client.versions("users-value")).containsExactly(1, 2);
  }

  @Test
  void incompatibleChangeIsRefusedNamingTheField() {
    Serde<GenericRecord> v1 = AvroSerdes.generic(null, client, config, false);
    v1.serializer().serialize("users", user(USER_V1, "ann"));
    GenericRecord v2 = user(USER_V2_REQUIRED, "bob");
    v2.put("email", "bob@example.org");
    assertThatThrownBy(() -> AvroSerdes.generic(null, client, config, false).serializer().serialize("users", v2))
        .isInstanceOf(SchemaRegistryException.IncompatibleSchemaException.class)
        .hasMessageContaining("users-value")
        .hasMessageContaining("email");
  }

  @Test
  void nullStaysNullBothWays() {
    Serde<Article> serde = AvroSerdes.specific(Article.class, client, config, false);
    assertThat(serde.serializer().serialize("t", null)).isNull();
    assertThat(serde.deserializer().deserialize("t", null)).isNull();
  }

  @Test
  void withoutAutoRegisterAnUnregisteredSchemaIsNotWritten() {
    Map<String, Object> lookupOnly = Map.of("schema.registry.url", registry.url(), "auto.register.schemas", false);
    client.register("users-value", USER_V1);
    assertThat(AvroSerdes.generic(null, client, lookupOnly, false).serializer().serialize("users", user(USER_V1, "x"))).isNotNull();
    GenericRecord v2 = user(USER_V2, "y");
    assertThatThrownBy(() -> AvroSerdes.generic(null, client, lookupOnly, false).serializer().serialize("users", v2))
        .isInstanceOf(SchemaRegistryException.SchemaNotFoundException.class);
    assertThat(client.versions("users-value")).containsExactly(1);
  }

  @Test
  void useLatestVersionWritesWithTheLatestRegisteredSchema() {
    client.register("users-value", USER_V1);
    int v2Id = client.register("users-value", USER_V2);
    Map<String, Object> latest = Map.of("schema.registry.url", registry.url(), "use.latest.version", "true", "auto.register.schemas", "false");
    byte[] bytes = AvroSerdes.generic(null, client, latest, false).serializer().serialize("users", user(USER_V1, "ann"));
    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(v2Id);
    GenericRecord read = AvroSerdes.generic(null, client, config, false).deserializer().deserialize("users", bytes);
    assertThat(read.getSchema()).isEqualTo(USER_V2);
    assertThat(read.get("name").toString()).isEqualTo("ann");
  }

  @Test
  void nonAvroValuesAreRefused() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    AvroSerializer<Object> serializer = new AvroSerializer(client, config, false);
    assertThatThrownBy(() -> serializer.serialize("t", "plain string"))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("java.lang.String");
  }

  // ------------------------------------------------------------------ bad frames

  private WireFormatException readBad(byte[] bytes) {
    Serde<Article> serde = AvroSerdes.specific(Article.class, client, config, false);
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> serde.deserializer().deserialize("news.articles.raw", bytes));
    assertThat(thrown).isInstanceOf(WireFormatException.class).isInstanceOf(SerializationException.class);
    WireFormatException e = (WireFormatException) thrown;
    assertThat(e.topic()).isEqualTo("news.articles.raw");
    return e;
  }

  @Test
  void emptyRecordIsABadFrame() {
    assertThat(readBad(new byte[0]).reason()).isEqualTo(Reason.EMPTY);
  }

  @Test
  void wrongMagicByteIsABadFrame() {
    WireFormatException e = readBad(new byte[] {7, 0, 0, 0, 1, 2});
    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_MAGIC_BYTE);
    assertThat(e.getMessage()).contains("0x07");
  }

  @Test
  void plainJsonIsABadFrame() {
    assertThat(readBad("{\"id\":\"a\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).reason())
        .isEqualTo(Reason.UNKNOWN_MAGIC_BYTE);
  }

  @Test
  void shortHeaderIsTruncated() {
    assertThat(readBad(new byte[] {0, 0, 1}).reason()).isEqualTo(Reason.TRUNCATED);
  }

  @Test
  void unknownSchemaIdIsABadFrameCarryingTheId() {
    WireFormatException e = readBad(new byte[] {0, 0, 0, 0x30, 0x39, 2, 'a'});
    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_SCHEMA_ID);
    assertThat(e.schemaId()).isEqualTo(12345);
  }

  @Test
  void truncatedBodyIsABadFrame() {
    byte[] good = AvroSerdes.specific(Article.class, client, config, false).serializer().serialize("news.articles.raw", article("a3"));
    WireFormatException e = readBad(Arrays.copyOf(good, good.length - 10));
    assertThat(e.reason()).isEqualTo(Reason.TRUNCATED);
    assertThat(e.schemaId()).isEqualTo(ByteBuffer.wrap(good, 1, 4).getInt());
  }

  @Test
  void describeAtAddsPartitionAndOffset() {
    WireFormatException e = readBad(new byte[0]);
    assertThat(e.describeAt(3, 1042)).startsWith("news.articles.raw/3@1042: EMPTY");
  }

  @Test
  void readsTheValueWhereTheConsumerFetchedIt() {
    Serde<Article> serde = AvroSerdes.specific(Article.class, client, config, false);
    byte[] good = serde.serializer().serialize("news.articles.raw", article("a4"));
    byte[] fetched = new byte[good.length + 20];
    Arrays.fill(fetched, (byte) 0x55);
    System.arraycopy(good, 0, fetched, 7, good.length);
    ByteBuffer atPosition = ByteBuffer.wrap(fetched, 7, good.length);
    ByteBuffer sliced = atPosition.slice();
    ByteBuffer direct = ByteBuffer.allocateDirect(good.length).put(good).flip();
    for (ByteBuffer b : List.of(atPosition, sliced, direct)) {
      assertThat(serde.deserializer().deserialize("news.articles.raw", null, b)).isEqualTo(article("a4"));
    }
  }

  @Test
  void aValueCutShortInsideALargerBufferIsTruncatedNotReadPastItsEnd() {
    Serde<Article> serde = AvroSerdes.specific(Article.class, client, config, false);
    byte[] good = serde.serializer().serialize("news.articles.raw", article("a5"));
    ByteBuffer cut = ByteBuffer.wrap(good, 0, good.length - 10);
    assertThatThrownBy(() -> serde.deserializer().deserialize("news.articles.raw", null, cut))
        .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TRUNCATED));
  }

  @Test
  void oneDeserializerReadsRecordAfterRecordWithoutCarryingAnythingOver() {
    Serde<Article> serde = AvroSerdes.specific(Article.class, client, config, false);
    Article longer = article("a6");
    longer.setBody("A much longer body than the other article has, so the decoder's buffers grow. ".repeat(20));
    byte[] first = serde.serializer().serialize("news.articles.raw", longer);
    byte[] second = serde.serializer().serialize("news.articles.raw", article("a7"));
    assertThat(serde.deserializer().deserialize("news.articles.raw", first)).isEqualTo(longer);
    assertThat(serde.deserializer().deserialize("news.articles.raw", second)).isEqualTo(article("a7"));
    assertThat(serde.deserializer().deserialize("news.articles.raw", first)).isEqualTo(longer);
  }
}
