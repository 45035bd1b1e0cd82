package io.wirewatch.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.TimePrecision;
import io.wirewatch.testkit.Fixtures;
import io.wirewatch.testkit.Images;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.testkit.Records;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * Wirewatch's registry client and serdes against a registry it did not write: Apicurio Registry's
 * Confluent-compatible API, in a container. Register, evolve under a compatibility rule, refuse an
 * incompatible change, and serialize and deserialize through a real topic of the platform's broker.
 *
 * <p>Apicurio is started from its container image because it cannot be started from Maven
 * artifacts: {@code io.apicurio:apicurio-registry-app} is a thin jar that needs a Quarkus build
 * (augmentation) with its dependencies, several of which a plain Maven repository mirror may not
 * serve (see the README's schema registry section). Needs Docker: without it the class is skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ApicurioRegistryIT {
  @Container
  static final GenericContainer<?> apicurio = new GenericContainer<>(DockerImageName.parse(Images.APICURIO_REGISTRY))
      .withExposedPorts(8080)
      .waitingFor(Wait.forHttp("/health/ready").forPort(8080).withStartupTimeout(Duration.ofMinutes(3)));

  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  private static Map<String, Object> config() {
    return Map.of("schema.registry.url",
        "http://" + apicurio.getHost() + ":" + apicurio.getMappedPort(8080) + "/apis/ccompat/v7");
  }

  @Test
  void registersAndEvolvesTheArticleSchemaUnderBackwardCompatibility() throws Exception {
    SchemaRegistryClient client = HttpSchemaRegistryClient.fromConfig(config());
    String subject = "articles-" + UUID.randomUUID() + "-value";
    int first = client.register(subject, released("Article-1.avsc"));
    client.setSubjectCompatibility(subject, CompatibilityLevel.BACKWARD);
    assertThat(client.subjectCompatibility(subject)).contains(CompatibilityLevel.BACKWARD);

    String current = Article.getClassSchema().toString();
    assertThat(client.testCompatibility(subject, current, "latest").compatible()).isTrue();
    int second = client.register(subject, Article.getClassSchema());
    assertThat(second).isNotEqualTo(first);
    assertThat(client.versions(subject)).containsExactly(1, 2);
    assertThat(new Schema.Parser().parse(client.schemaById(second))).isEqualTo(Article.getClassSchema());
    assertThat(client.latest(subject).version()).isEqualTo(2);

    // A new field without a default cannot read the records already written: refused.
    Schema required = SchemaBuilder.record("Article").namespace("io.wirewatch.avro").fields()
        .requiredString("id").requiredString("desk").endRecord();
    assertThat(client.testCompatibility(subject, required.toString(), "latest").compatible()).isFalse();
    assertThatThrownBy(() -> client.register(subject, required))
        .isInstanceOf(SchemaRegistryException.IncompatibleSchemaException.class);
    assertThat(client.versions(subject)).containsExactly(1, 2);
  }

  @Test
  void serializesAndDeserializesArticlesThroughARealTopic() throws Exception {
    String topic = "apicurio-" + UUID.randomUUID().toString().substring(0, 8);
    kafka.createTopic(topic, 1);
    Article a = Fixtures.article("a1", "China, Russia block U.S. bid for more North Korea sanctions", "Body.");
    a.setPublished(Instant.parse("2022-01-21T00:00:00Z"));
    a.setPublishedPrecision(TimePrecision.DAY);
    a.setIngested(Instant.parse("2022-01-21T16:00:00Z")); // whole milliseconds, as Avro keeps them
    var serde = AvroSerdes.specific(Article.class, config(), false);
    Records.produce(kafka.bootstrapServers(), topic, Map.of("a1", a), serde.serializer());

    List<ConsumerRecord<String, byte[]>> read =
        Records.consume(kafka.bootstrapServers(), topic, new ByteArrayDeserializer(), 1, Duration.ofSeconds(30));
    assertThat(read).hasSize(1);
    assertThat(read.get(0).value()[0]).as("Confluent magic byte").isZero();
    Article back = serde.deserializer().deserialize(topic, read.get(0).value());
    assertThat(back).isEqualTo(a);
    assertThat(HttpSchemaRegistryClient.fromConfig(config()).subjects()).contains(topic + "-value");
  }

  private static Schema released(String file) throws Exception {
    try (InputStream in = ApicurioRegistryIT.class.getResourceAsStream("/schemas/released/" + file)) {
      return new Schema.Parser().parse(in);
    }
  }
}
