package io.wirewatch.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.wirewatch.avro.Article;
import io.wirewatch.registry.WireFormatException.Reason;
import io.wirewatch.testkit.KafkaPlatformExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Serdes through a real topic and the platform's schema registry. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class AvroSerdesIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  private Map<String, Object> registryConfig() {
    return Map.of("schema.registry.url", kafka.schemaRegistryUrl());
  }

  private static String freshTopic(String stem) {
    return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private <V> void produce(String topic, Serializer<V> serializer, List<V> values) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (KafkaProducer<String, V> producer = new KafkaProducer<>(props, new StringSerializer(), serializer)) {
      for (V value : values) {
        producer.send(new ProducerRecord<>(topic, "k", value)).get(30, TimeUnit.SECONDS);
      }
    }
  }

  private <V> KafkaConsumer<String, V> consumer(String topic, Deserializer<V> deserializer) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, new StringDeserializer(), deserializer);
    consumer.subscribe(List.of(topic));
    return consumer;
  }

  private <V> List<V> consume(String topic, Deserializer<V> deserializer, int count) {
    List<V> out = new ArrayList<>();
    try (KafkaConsumer<String, V> consumer = consumer(topic, deserializer)) {
      await().atMost(Duration.ofSeconds(60)).until(() -> {
        for (ConsumerRecord<String, V> r : consumer.poll(Duration.ofMillis(200))) {
          out.add(r.value());
        }
        return out.size() >= count;
      });
    }
    return out;
  }

  @Test
  void specificRecordsAndTombstonesRoundTripThroughATopic() throws Exception {
    String topic = freshTopic("articles");
    kafka.createTopic(topic, 1);
    var serde = AvroSerdes.specific(Article.class, registryConfig(), false);
    List<Article> sent = new ArrayList<>();
    sent.add(AvroSerdesTest.article("a1"));
    sent.add(null);
    sent.add(AvroSerdesTest.article("a2"));
    produce(topic, serde.serializer(), sent);
    assertThat(consume(topic, serde.deserializer(), 3)).containsExactlyElementsOf(sent);
  }

  @Test
  void genericRecordsRoundTripThroughATopic() throws Exception {
    String topic = freshTopic("users");
    kafka.createTopic(topic, 1);
    var serde = AvroSerdes.generic(registryConfig(), false);
    produce(topic, serde.serializer(), List.of(AvroSerdesTest.user(AvroSerdesTest.USER_V1, "ann")));
    GenericRecord back = consume(topic, serde.deserializer(), 1).get(0);
    assertThat(back.get("name").toString()).isEqualTo("ann");
  }

  @Test
  void v1DataReadsWithTheV2SchemaAndV2DataIsRegisteredAsVersion2() throws Exception {
    String topic = freshTopic("users-evolving");
    kafka.createTopic(topic, 1);
    SchemaRegistryClient client = HttpSchemaRegistryClient.fromConfig(registryConfig());
    produce(topic, AvroSerdes.generic(null, client, registryConfig(), false).serializer(),
        List.of(AvroSerdesTest.user(AvroSerdesTest.USER_V1, "ann")));
    var v2 = AvroSerdes.generic(AvroSerdesTest.USER_V2, client, registryConfig(), false);
    GenericRecord bob = AvroSerdesTest.user(AvroSerdesTest.USER_V2, "bob");
    bob.put("email", "bob@example.org");
    produce(topic, v2.serializer(), List.of(bob));
    List<GenericRecord> read = consume(topic, v2.deserializer(), 2);
    assertThat(read.get(0).get("name").toString()).isEqualTo("ann");
    assertThat(read.get(0).get("email")).isNull();
    assertThat(read.get(1).get("email").toString()).isEqualTo("bob@example.org");
    assertThat(client.versions(topic + "-value")).containsExactly(1, 2);
  }

  @Test
  void incompatibleChangeIsRefusedByTheRegistryNamingTheField() throws Exception {
    String topic = freshTopic("users-strict");
    kafka.createTopic(topic, 1);
    produce(topic, AvroSerdes.generic(registryConfig(), false).serializer(), List.of(AvroSerdesTest.user(AvroSerdesTest.USER_V1, "ann")));
    GenericRecord bad = AvroSerdesTest.user(AvroSerdesTest.USER_V2_REQUIRED, "bob");
    bad.put("email", "bob@example.org");
    Serializer<GenericRecord> serializer = AvroSerdes.generic(registryConfig(), false).serializer();
    assertThatThrownBy(() -> serializer.serialize(topic, bad))
        .isInstanceOf(SchemaRegistryException.IncompatibleSchemaException.class)
        .hasMessageContaining(topic + "-value")
        .hasMessageContaining("email");
  }

  @Test
  void everyBadFrameSurfacesAsAWireFormatExceptionAtItsOffset() throws Exception {
    String topic = freshTopic("poison");
    kafka.createTopic(topic, 1);
    byte[] good = AvroSerdes.specific(Article.class, registryConfig(), false).serializer().serialize(topic, AvroSerdesTest.article("ok"));
    List<byte[]> frames = List.of(
        new byte[0],
        new byte[] {9, 0, 0, 0, 1, 0},
        new byte[] {0, 0, 1},
        new byte[] {0, 0x7f, 0, 0, 1, 2},
        java.util.Arrays.copyOf(good, good.length - 5));
    List<Reason> expected = List.of(Reason.EMPTY, Reason.UNKNOWN_MAGIC_BYTE, Reason.TRUNCATED, Reason.UNKNOWN_SCHEMA_ID, Reason.TRUNCATED);
    produce(topic, new ByteArraySerializer(), frames);
    Deserializer<Article> deserializer = AvroSerdes.specific(Article.class, registryConfig(), false).deserializer();
    List<Reason> seen = new ArrayList<>();
    List<String> described = new ArrayList<>();
    try (KafkaConsumer<String, Article> consumer = consumer(topic, deserializer)) {
      await().atMost(Duration.ofSeconds(60)).until(() -> {
        Throwable thrown = catchThrowable(() -> consumer.poll(Duration.ofMillis(200)));
        if (thrown instanceof RecordDeserializationException e) {
          WireFormatException cause = (WireFormatException) e.getCause();
          seen.add(cause.reason());
          described.add(cause.describeAt(e.topicPartition().partition(), e.offset()));
          consumer.seek(e.topicPartition(), e.offset() + 1);
        }
        return seen.size() == frames.size();
      });
    }
    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(described.get(1)).startsWith(topic + "/0@1: UNKNOWN_MAGIC_BYTE");
  }

  @Test
  void schemaCatalogRegistersEveryWirewatchSubject() {
    SchemaRegistryClient client = HttpSchemaRegistryClient.fromConfig(registryConfig());
    Map<String, Integer> ids = SchemaCatalog.registerAll(client, List.of("sanctions-blocked"));
    assertThat(client.subjects()).containsAll(ids.keySet());
    assertThat(new Schema.Parser().parse(client.latest("news.articles.raw-value").schema())).isEqualTo(Article.getClassSchema());
  }
}
