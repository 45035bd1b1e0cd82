package io.wirewatch.replay.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.replay.Fixtures;
import io.wirewatch.replay.ValueKind;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ExportersTest {
  private static final Instant T = Instant.parse("2026-01-05T10:00:00Z");
  private final EnrichedArticle tricky = Fixtures.enriched(
      Fixtures.article("a,1", "UPI", "Seoul says \"regrets\", urges talks\nagain", T), List.of("KR", "KP"),
      List.of("sanctions-blocked", "diplomatic-talks"));

  private byte[] export(ExportFormat f, ValueKind kind, Object... values) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = Exporters.open(f, kind, out, null)) {
      for (Object v : values) {
        w.write((org.apache.avro.specific.SpecificRecord) v);
      }
      assertThat(w.written()).isEqualTo(values.length);
    }
    return out.toByteArray();
  }

  @Test
  void csvQuotesCommasQuotesAndNewlinesPerRfc4180() throws Exception {
    String csv = new String(export(ExportFormat.CSV, ValueKind.ENRICHED, tricky), StandardCharsets.UTF_8);
    assertThat(csv).contains("\"Seoul says \"\"regrets\"\", urges talks\nagain\"").contains("\r\n");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
    assertThat(rows).hasSize(1);
    CSVRecord r = rows.get(0);
    assertThat(r.get("id")).isEqualTo("a,1");
    assertThat(r.get("headline")).isEqualTo("Seoul says \"regrets\", urges talks\nagain");
    assertThat(r.get("countries")).isEqualTo("KR;KP");
    assertThat(r.get("primary_countries")).isEqualTo("KR");
    assertThat(r.get("event_topics")).isEqualTo("sanctions-blocked;diplomatic-talks");
    assertThat(r.get("confidence")).isEqualTo("0.800");
    assertThat(r.get("published")).isEqualTo("2026-01-05T10:00:00Z");
  }

  @Test
  void jsonLinesWriteOneObjectPerLineInTheTagShape() throws Exception {
    EnrichedArticle second = Fixtures.enriched(Fixtures.article("a2", "AP", "Iran bars inspectors", T),
        List.of("IR"), List.of());
    String text = new String(export(ExportFormat.JSONL, ValueKind.ENRICHED, tricky, second), StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.get("id").asText()).isEqualTo("a,1");
    assertThat(first.get("countries").get(0).get("code").asText()).isEqualTo("KR");
    assertThat(first.get("countries").get(0).get("primary").asBoolean()).isTrue();
    assertThat(first.get("events").get(0).get("topic").asText()).isEqualTo("sanctions-blocked");
    assertThat(first.get("events").get(0).get("sentence").asText()).startsWith("Seoul says");
    assertThat(first.get("events").get(0).get("trigger").get("text").asText()).isEqualTo("block");
    assertThat(first.get("headline").asText()).contains("\"regrets\"");
    assertThat(first.get("source").asText()).isEqualTo("UPI");
    assertThat(new ObjectMapper().readTree(lines[1]).get("id").asText()).isEqualTo("a2");
  }

  @Test
  void customTagMappingIsUsedAndArticleContextAdded() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = Exporters.open(ExportFormat.JSONL, ValueKind.ENRICHED, out,
        e -> new ObjectMapper().createObjectNode().put("id", e.getId()).put("custom", true))) {
      w.write(tricky);
    }
    JsonNode n = new ObjectMapper().readTree(out.toByteArray());
    assertThat(n.get("custom").asBoolean()).isTrue();
    assertThat(n.has("countries")).isFalse();
    assertThat(n.get("source").asText()).isEqualTo("UPI");
  }

  @Test
  void avroFileEmbedsTheSchemaAndReadsBackWithAGenericReader() throws Exception {
    Article raw = Fixtures.article("r1", "Reuters", "Algeria recalls ambassador", T);
    byte[] file = export(ExportFormat.AVRO, ValueKind.ARTICLE, raw);
    List<GenericRecord> back = new ArrayList<>();
    try (DataFileStream<GenericRecord> in = new DataFileStream<>(new java.io.ByteArrayInputStream(file),
        new GenericDatumReader<>())) {
      assertThat(in.getSchema().getFullName()).isEqualTo("io.wirewatch.avro.Article");
      in.forEach(back::add);
    }
    assertThat(back).hasSize(1);
    assertThat(back.get(0).get("id").toString()).isEqualTo("r1");
    assertThat(back.get(0).get("published")).isEqualTo(T.toEpochMilli());
  }

  @Test
  void rawArticlesExportEveryFieldAsJson() throws Exception {
    Article raw = Fixtures.article("r1", "Reuters", "Algeria recalls ambassador", T);
    JsonNode n = new ObjectMapper().readTree(export(ExportFormat.JSONL, ValueKind.ARTICLE, raw));
    assertThat(n.get("body").asText()).isEqualTo("Algeria recalls ambassador. More text follows.");
    assertThat(n.get("ingested").asText()).isEqualTo("2026-01-05T10:00:00Z");
    assertThat(n.get("format").asText()).isEqualTo("JSON");
  }
}
