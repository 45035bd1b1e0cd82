package io.wirewatch.ingest;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.ingest.parse.ParseSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.serialization.Serializer;

/** Test helpers: fixtures, a recording parse sink, and plain Avro (no registry) serialisation. */
public final class TestArticles {
  private TestArticles() {}

  public static InputStream fixture(String name) {
    InputStream in = TestArticles.class.getClassLoader().getResourceAsStream("ingest/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no test fixture ingest/" + name);
    }
    return in;
  }

  public static RawArticle article(String headline, String body) {
    return RawArticle.builder().headline(headline).body(body).source("Test").format(SourceFormat.JSON)
        .origin("test").build();
  }

  /** A sink that keeps what a parser gave it. */
  public static final class RecordingSink implements ParseSink {
    public final List<RawArticle> articles = new ArrayList<>();
    public final List<String> problems = new ArrayList<>(); // "location|reason|detail"

    @Override
    public void article(RawArticle a) {
      articles.add(a);
    }

    @Override
    public void problem(String location, String reason, String detail) {
      problems.add(location + "|" + reason + "|" + detail);
    }
  }

  /** Plain Avro binary, without the Confluent framing: enough for unit tests. */
  public static final class PlainAvroSerializer implements Serializer<Article> {
    @Override
    public byte[] serialize(String topic, Article a) {
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<>(Article.class).write(a, enc);
        enc.flush();
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public static Article decodePlain(byte[] bytes) {
    try {
      BinaryDecoder dec = DecoderFactory.get().binaryDecoder(bytes, null);
      return new SpecificDatumReader<>(Article.class).read(null, dec);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
