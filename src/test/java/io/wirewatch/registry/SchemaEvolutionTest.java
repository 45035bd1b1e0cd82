package io.wirewatch.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.TimePrecision;
import io.wirewatch.platform.registry.EmbeddedSchemaRegistry;
import io.wirewatch.platform.registry.InMemorySchemaRegistry;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;

/**
 * Every released version of a value schema stays readable by the current one and can read it, so a
 * running pipeline and its stored history survive an upgrade. The released versions are kept as
 * test resources, one file per version, the day a schema changes.
 */
class SchemaEvolutionTest {

  @Test
  void currentArticleAndTheFirstReleasedOneReadEachOther() throws Exception {
    Schema released = released("Article-1.avsc");
    Schema current = Article.getClassSchema();
    assertThat(SchemaCompatibility.checkReaderWriterCompatibility(current, released).getType())
        .as("current reads records written before publishedPrecision existed")
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    assertThat(SchemaCompatibility.checkReaderWriterCompatibility(released, current).getType())
        .as("consumers still on the released schema read current records")
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
  }

  @Test
  void aRecordWrittenWithTheReleasedArticleReadsAsTimePrecision() throws Exception {
    Schema released = released("Article-1.avsc");
    GenericRecord old = new GenericData.Record(released);
    old.put("id", "a1");
    old.put("revision", 1);
    old.put("contentHash", "h");
    old.put("source", "UPI");
    old.put("headline", "Headline");
    old.put("body", "Body");
    old.put("published", Instant.parse("2022-01-21T00:00:00Z").toEpochMilli());
    old.put("ingested", 0L);
    old.put("keywords", List.of());
    old.put("format", new GenericData.EnumSymbol(released.getField("format").schema(), "JSON"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(bytes, null);
    new GenericDatumWriter<GenericRecord>(released).write(old, enc);
    enc.flush();

    Article read = new SpecificDatumReader<Article>(released, Article.getClassSchema())
        .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    assertThat(read.getPublished()).isEqualTo(Instant.parse("2022-01-21T00:00:00Z"));
    assertThat(read.getPublishedPrecision()).isEqualTo(TimePrecision.TIME);
  }

  @Test
  void theRegistryAcceptsTheCurrentArticleAsVersion2UnderFullCompatibility() throws Exception {
    try (EmbeddedSchemaRegistry registry = InMemorySchemaRegistry.start()) {
      SchemaRegistryClient client = HttpSchemaRegistryClient.fromConfig(Map.of("schema.registry.url", registry.url()));
      client.setGlobalCompatibility(CompatibilityLevel.FULL_TRANSITIVE);
      client.register("news.articles.raw-value", released("Article-1.avsc"));
      Map<String, Integer> ids = SchemaCatalog.registerAll(client, List.of("sanctions-blocked"));
      assertThat(client.versions("news.articles.raw-value")).containsExactly(1, 2);
      assertThat(client.latest("news.articles.raw-value").id()).isEqualTo(ids.get("news.articles.raw-value"));
    }
  }

  private static Schema released(String file) throws Exception {
    try (InputStream in = SchemaEvolutionTest.class.getResourceAsStream("/schemas/released/" + file)) {
      return new Schema.Parser().parse(in);
    }
  }
}
