package io.wirewatch.replay.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.enrich.EnrichmentJson;
import io.wirewatch.replay.ValueKind;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Opens a {@link RecordWriter} for a format and a value kind. */
public final class Exporters {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Exporters() {}

  /**
   * @param out the stream to write to; the writer closes it
   * @param enrichedJson the JSON Lines mapping of an enriched article; the {@code wirewatch tag}
   *     shape ({@link EnrichmentJson#toJson}, streamed without a tree) when null. The article's published time, source,
   *     headline and URL are added when the mapping leaves them out.
   */
  public static RecordWriter open(ExportFormat format, ValueKind kind, OutputStream out,
      Function<EnrichedArticle, ObjectNode> enrichedJson) throws IOException {
    return switch (format) {
      case JSONL -> new JsonLines(out, jsonShape(kind, enrichedJson));
      case CSV -> new Csv(out, kind);
      case AVRO -> new AvroFile(out, kind);
    };
  }

  /** How one value becomes one JSON object on a generator. */
  @FunctionalInterface
  private interface JsonShape {
    void write(SpecificRecord value, JsonGenerator gen) throws IOException;
  }

  private static JsonShape jsonShape(ValueKind kind, Function<EnrichedArticle, ObjectNode> enrichedJson) {
    if (kind == ValueKind.ARTICLE) {
      return (v, gen) -> MAPPER.writeTree(gen, ArticleJson.article((Article) v));
    }
    if (enrichedJson == null) {
      // The built-in shape is streamed: a tree per article cost more than decoding it.
      return (v, gen) -> ArticleJson.writeEnriched((EnrichedArticle) v, gen);
    }
    Function<EnrichedArticle, ObjectNode> withContext = ArticleJson.withArticleContext(enrichedJson);
    return (v, gen) -> MAPPER.writeTree(gen, withContext.apply((EnrichedArticle) v));
  }

  private abstract static class Counting implements RecordWriter {
    long written;

    @Override
    public long written() {
      return written;
    }
  }

  private static final class JsonLines extends Counting {
    private final JsonGenerator gen;
    private final JsonShape shape;

    JsonLines(OutputStream out, JsonShape shape) throws IOException {
      this.gen = MAPPER.getFactory().createGenerator(new BufferedOutputStream(out, 1 << 16), JsonEncoding.UTF8);
      // One value per line: no indentation, a newline between root values.
      this.gen.setRootValueSeparator(null);
      this.shape = shape;
    }

    @Override
    public void write(SpecificRecord value) throws IOException {
      shape.write(value, gen);
      gen.writeRaw('\n');
      written++;
    }

    @Override
    public void close() throws IOException {
      gen.close();
    }
  }

  private static final class Csv extends Counting {
    private final CSVPrinter printer;
    private final ValueKind kind;

    Csv(OutputStream out, ValueKind kind) throws IOException {
      // RFC4180: comma, double-quote quoting where needed, CRLF line ends.
      this.printer = new CSVPrinter(new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16),
          StandardCharsets.UTF_8), CSVFormat.RFC4180.builder().setHeader(CsvColumns.HEADER.toArray(String[]::new)).get());
      this.kind = kind;
    }

    @Override
    public void write(SpecificRecord value) throws IOException {
      printer.printRecord(kind == ValueKind.ARTICLE
          ? CsvColumns.row((Article) value)
          : CsvColumns.row((EnrichedArticle) value));
      written++;
    }

    @Override
    public void close() throws IOException {
      printer.close(true);
    }
  }

  private static final class AvroFile extends Counting {
    private final DataFileWriter<SpecificRecord> writer;

    AvroFile(OutputStream out, ValueKind kind) throws IOException {
      this.writer = new DataFileWriter<>(datumWriter(kind));
      // deflate is in every Avro implementation; level 1 is most of the gain for little CPU.
      writer.setCodec(CodecFactory.deflateCodec(1));
      writer.create(kind.schema(), out);
    }

    @SuppressWarnings("unchecked")
    private static SpecificDatumWriter<SpecificRecord> datumWriter(ValueKind kind) {
      // Built from the class, so the generated model's logical-type conversions (Instant) apply.
      return new SpecificDatumWriter<>((Class<SpecificRecord>) kind.type());
    }

    @Override
    public void write(SpecificRecord value) throws IOException {
      writer.append(value);
      written++;
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }
}
