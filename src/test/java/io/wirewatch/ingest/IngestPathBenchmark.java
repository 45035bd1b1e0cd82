package io.wirewatch.ingest;

import io.wirewatch.avro.Article;
import io.wirewatch.bench.IngestBench;
import io.wirewatch.ingest.parse.JsonLinesParser;
import io.wirewatch.ingest.parse.ParseSink;
import io.wirewatch.registry.AvroSerializer;
import io.wirewatch.registry.SchemaRegistryClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The CPU that ingest spends per 5 KB JSON Lines article outside Kafka, stage by stage: parsing
 * (JSON, normalisation, the body's UTF-8 read from the line), preparing (id, content hash) and
 * the Avro value (the record as the producer hands it to the serializer). Each fork ends by
 * reading every value back ({@link #verifyOutput}). The same generated
 * articles as {@code wirewatch bench ingest}; the registry is a stand-in that answers every
 * registration with id 1, so no network is timed.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java
 * -Dexec.args="-cp %classpath org.openjdk.jmh.Main IngestPathBenchmark"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IngestPathBenchmark {
  private static final int LINES = 256;

  private final List<byte[]> lines = new ArrayList<>();
  private byte[] file;
  private final List<RawArticle> parsed = new ArrayList<>();
  private final List<ArticleProducer.Prepared> prepared = new ArrayList<>();
  private final JsonLinesParser parser = new JsonLinesParser();
  private ArticleProducer producer;
  private AvroSerializer<Article> serializer;
  private int next;
  private RawArticle last;
  private IngestBench.Generator gen;

  private final ParseSink sink = new ParseSink() {
    @Override
    public void article(RawArticle article) {
      last = article;
    }

    @Override
    public void problem(String location, String reason, String detail) {
      throw new IllegalStateException(location + ": " + reason + ": " + detail);
    }
  };

  @Setup
  public void setup() throws IOException {
    io.wirewatch.bench.IngestBench.Generator gen = new io.wirewatch.bench.IngestBench.Generator(5000, 42);
    SchemaRegistryClient registry = (SchemaRegistryClient) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {SchemaRegistryClient.class},
        (proxy, method, args) -> method.getName().equals("register") ? 1 : null);
    serializer = new AvroSerializer<>(registry, Map.of("schema.registry.url", "http://unused"), false);
    producer = ArticleProducer.dryRun(new PrintWriter(OutputStream.nullOutputStream()), new RevisionMemory());
    for (int i = 0; i < LINES; i++) {
      lines.add(gen.line("jmh", i));
      parser.parse(new ByteArrayInputStream(lines.get(i)), "jmh", sink);
      parsed.add(last);
      prepared.add(producer.prepare(last));
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] line : lines) {
      all.write(line);
    }
    file = all.toByteArray();
    this.gen = gen;
  }

  /**
   * Once per fork, after measuring: the Avro value of every line, as {@link #avroValue} writes it,
   * decoded by Avro's own reader from the raw bytes must hold the generated headline and body (by
   * content hash) and state that same hash. A benchmark whose output is wrong measures nothing.
   */
  @TearDown(Level.Trial)
  public void verifyOutput() throws IOException {
    org.apache.avro.io.DatumReader<org.apache.avro.generic.GenericRecord> reader =
        new org.apache.avro.generic.GenericDatumReader<>(Article.getClassSchema());
    for (int i = 0; i < LINES; i++) {
      byte[] value = avroValue();
      int line = (next - 1) & (LINES - 1);
      org.apache.avro.generic.GenericRecord a = reader.read(null,
          org.apache.avro.io.DecoderFactory.get().binaryDecoder(value, 5, value.length - 5, null));
      String read = ArticleIdentity.contentHash(a.get("headline").toString(), a.get("body").toString());
      if (!read.equals(gen.contentHash(line)) || !read.equals(a.get("contentHash").toString())) {
        throw new IllegalStateException("line " + line + " (" + a.get("id") + ") reads back as other text than was "
            + "generated: the measured path is wrong, so its score means nothing");
      }
    }
  }

  /**
   * JSON Lines to RawArticles: reading lines, JSON parsing, field checks, headline and body
   * normalisation. One invocation reads a file of {@value #LINES} lines, as file ingest reads
   * one file with one reader; the score is per line.
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public RawArticle parse() throws IOException {
    parser.parse(new ByteArrayInputStream(file), "jmh", sink);
    return last;
  }

  /**
   * Id and content hash. A JSON Lines body is UTF-8 from the line already; other formats also
   * encode their body String here.
   */
  @Benchmark
  public ArticleProducer.Prepared prepare() {
    return producer.prepare(parsed.get(next++ & (LINES - 1)));
  }

  /** The Article record and its Avro value in the registry's wire format. */
  @Benchmark
  public byte[] avroValue() {
    ArticleProducer.Prepared p = prepared.get(next++ & (LINES - 1));
    return serializer.serialize("news.articles.raw", producer.toArticle(p.raw(), p.id(), 1, p.contentHash()));
  }

  /** All three, article after article through a file of {@value #LINES} lines; the score is per article. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void all(Blackhole bh) throws IOException {
    parser.parse(new ByteArrayInputStream(file), "jmh", new ParseSink() {
      @Override
      public void article(RawArticle article) {
        ArticleProducer.Prepared p = producer.prepare(article);
        bh.consume(serializer.serialize("news.articles.raw", producer.toArticle(p.raw(), p.id(), 1, p.contentHash())));
      }

      @Override
      public void problem(String location, String reason, String detail) {
        throw new IllegalStateException(location + ": " + reason + ": " + detail);
      }
    });
  }

  public static void main(String[] args) throws Exception {
    new Runner(new OptionsBuilder().include(IngestPathBenchmark.class.getSimpleName()).build()).run();
  }
}
