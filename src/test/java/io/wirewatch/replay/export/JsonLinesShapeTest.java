package io.wirewatch.replay.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.CountryTag;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.enrich.AvroMapping;
import io.wirewatch.enrich.Enricher;
import io.wirewatch.enrich.EnrichmentJson;
import io.wirewatch.replay.Fixtures;
import io.wirewatch.replay.ValueKind;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The JSON Lines of enriched articles, byte for byte: {@code enriched.jsonl} was written by the
 * tree-per-article mapping that the streamed one replaced, from the same articles.
 */
class JsonLinesShapeTest {
  private static final Instant T = Instant.parse("2026-01-05T10:00:00Z");

  /** Real enrichments of demo articles (entities, evidence, events), plus edge cases of the fixtures. */
  static List<EnrichedArticle> articles() throws Exception {
    List<EnrichedArticle> out = new ArrayList<>();
    Enricher enricher = Enricher.defaults();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = JsonLinesShapeTest.class.getResourceAsStream("/demo/articles.jsonl")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < 6; i++) {
        var n = json.readTree(lines[i]);
        Article a = Fixtures.article(n.path("id").asText(), "AFP", n.path("headline").asText(), T.plusSeconds(i));
        a.setBody(n.path("body").asText());
        out.add(AvroMapping.toEnrichedArticle(a, enricher.enrich(AvroMapping.toArticleText(a)), T));
      }
    }
    out.add(Fixtures.enriched(Fixtures.article("a,1", "UPI", "Seoul says \"regrets\", urges talks\nagain — ünïcode", T),
        List.of("KR", "KP"), List.of("sanctions-blocked", "diplomatic-talks")));
    Article bare = Fixtures.article("bare", "AP", "No url, no time", T);
    bare.setUrl(null);
    bare.setPublished(null);
    EnrichedArticle e = Fixtures.enriched(bare, List.of("IR"), List.of());
    e.setCountries(List.of(CountryTag.newBuilder(e.getCountries().get(0)).setAlpha3(null).build()));
    e.setRulesVersion("rules-1");
    out.add(e);
    return out;
  }

  static byte[] jsonLines(List<EnrichedArticle> articles, Function<EnrichedArticle, ObjectNode> mapping)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = Exporters.open(ExportFormat.JSONL, ValueKind.ENRICHED, out, mapping)) {
      for (EnrichedArticle a : articles) {
        w.write(a);
      }
    }
    return out.toByteArray();
  }

  @Test
  void streamedJsonLinesAreByteForByteThoseOfTheTreeMapping() throws Exception {
    byte[] expected;
    try (InputStream in = getClass().getResourceAsStream("enriched.jsonl")) {
      expected = in.readAllBytes();
    }
    assertThat(new String(jsonLines(articles(), null), StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
  }

  @Test
  void theTreeOfTheTagShapeWritesTheSameBytes() throws Exception {
    assertThat(jsonLines(articles(), EnrichmentJson::toJson)).isEqualTo(jsonLines(articles(), null));
  }
}
