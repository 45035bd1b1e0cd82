package io.wirewatch.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.platform.registry.EmbeddedSchemaRegistry;
import io.wirewatch.platform.registry.InMemorySchemaRegistry;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class SchemaCatalogTest {
  @Test
  void registersEveryValueSubjectAndSharesIdsBetweenSameSchemas() {
    try (EmbeddedSchemaRegistry registry = InMemorySchemaRegistry.start()) {
      SchemaRegistryClient client = HttpSchemaRegistryClient.fromConfig(Map.of("schema.registry.url", registry.url()));
      Map<String, Integer> ids = SchemaCatalog.registerAll(client, List.of("sanctions-blocked", "diplomat-expelled"));
      assertThat(client.subjects()).containsExactlyInAnyOrder(
          "news.articles.raw-value", "news.articles.enriched-value", "news.topic.sanctions-blocked-value",
          "news.topic.diplomat-expelled-value", "news.stories-value", "news.surges-value",
          "news.subscriptions-value", "news.alerts-value", "news.alerts.dlq-value");
      assertThat(ids.get("news.topic.sanctions-blocked-value")).isEqualTo(ids.get("news.articles.enriched-value"));
      assertThat(ids.get("news.alerts.dlq-value")).isEqualTo(ids.get("news.alerts-value"));
      assertThat(ids.get("news.alerts-value")).isNotEqualTo(ids.get("news.articles.enriched-value"));
      assertThat(new Schema.Parser().parse(client.schemaById(ids.get("news.alerts-value")))).isEqualTo(Alert.getClassSchema());
      assertThat(new Schema.Parser().parse(client.latest("news.topic.diplomat-expelled-value").schema()))
          .isEqualTo(EnrichedArticle.getClassSchema());
      Map<String, Integer> again = SchemaCatalog.registerAll(client, List.of("sanctions-blocked", "diplomat-expelled"));
      assertThat(again).isEqualTo(ids);
      assertThat(client.versions("news.articles.raw-value")).containsExactly(1);
    }
  }
}
