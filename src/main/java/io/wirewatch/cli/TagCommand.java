package io.wirewatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.UserException;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.avro.TimePrecision;
import io.wirewatch.enrich.AvroMapping;
import io.wirewatch.enrich.Enricher;
import io.wirewatch.enrich.Enrichment;
import io.wirewatch.enrich.EnrichmentJson;
import io.wirewatch.enrich.Gazetteer;
import io.wirewatch.enrich.RuleSet;
import io.wirewatch.ingest.parse.SourceTime;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirewatch tag}: tags JSON Lines articles offline, one JSON object out per article. */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = {
      "Tag countries, entities and event topics in articles, without Kafka.",
      "Reads JSON Lines (id, headline, body, lang, published, source) and writes one JSON object "
          + "per article. Bad lines are reported on stderr with their line number and skipped; "
          + "the exit code is 0 when every line was tagged, 1 when some were skipped."
    })
public final class TagCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "FILE", description = "JSON Lines articles (default: stdin).")
  Path input;

  @Option(names = "--output", paramLabel = "FILE", description = "Where to write the tagged articles (default: stdout).")
  Path output;

  @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra gazetteer file that adds or overrides names.")
  Path gazetteer;

  @Option(names = "--rules", paramLabel = "FILE", description = "Event-topic rule file (default: the bundled rules).")
  Path rules;

  @Override
  public Integer call() throws IOException {
    Enricher enricher = Enricher.create(
        Gazetteer.load(Optional.ofNullable(gazetteer)),
        rules == null ? RuleSet.defaults() : RuleSet.load(rules));
    PrintWriter err = spec.commandLine().getErr();
    ObjectMapper json = new ObjectMapper();
    int tagged = 0;
    int skipped = 0;
    int withEvents = 0;
    try (BufferedReader in = reader(); Writer out = writer()) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        Article article;
        try {
          article = article(json.readTree(line));
        } catch (JsonProcessingException e) {
          err.println("line " + lineNo + ": not valid JSON (" + e.getOriginalMessage() + ") — skipped");
          skipped++;
          continue;
        } catch (IllegalArgumentException e) {
          err.println("line " + lineNo + ": " + e.getMessage() + " — skipped");
          skipped++;
          continue;
        }
        Enrichment e = enricher.enrich(AvroMapping.toArticleText(article));
        EnrichedArticle enriched = AvroMapping.toEnrichedArticle(article, e, Instant.now());
        out.write(json.writeValueAsString(EnrichmentJson.toJson(enriched)));
        out.write('\n');
        tagged++;
        if (!e.events().isEmpty()) {
          withEvents++;
        }
      }
    }
    err.println("tagged " + tagged + " article(s), " + withEvents + " with event topics; skipped "
        + skipped + " bad line(s) (gazetteer " + enricher.gazetteer().version() + ", rules "
        + enricher.rules().version() + ")");
    err.flush();
    return skipped == 0 ? 0 : 1;
  }

  private BufferedReader reader() throws IOException {
    if (input == null) {
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    try {
      return Files.newBufferedReader(input, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserException("input file " + input + " does not exist — check the path given to --input");
    }
  }

  private Writer writer() throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      return new Writer() {
        @Override
        public void write(char[] cbuf, int off, int len) {
          out.write(cbuf, off, len);
        }

        @Override
        public void flush() {
          out.flush();
        }

        @Override
        public void close() {
          out.flush(); // the command line owns stdout; leave it open
        }
      };
    }
    return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }

  /** One input line as an Avro article; IllegalArgumentException names what is wrong. */
  static Article article(JsonNode n) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("expected a JSON object with id, headline and body");
    }
    String id = text(n, "id");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("'id' is missing or empty; every article needs a non-empty string id");
    }
    String headline = text(n, "headline");
    String body = text(n, "body");
    if ((headline == null || headline.isBlank()) && (body == null || body.isBlank())) {
      throw new IllegalArgumentException("article " + id + " has neither 'headline' nor 'body'; give at least one as a string");
    }
    SourceTime published = null;
    String p = text(n, "published");
    if (p != null && !p.isBlank()) {
      try {
        published = SourceTime.parse(p);
      } catch (SourceTime.UnreadableTime e) {
        throw new IllegalArgumentException("'published' of article " + id + " is '" + p
            + "', not a time Wirewatch can read (" + e.reason() + "); write it as " + SourceTime.FORMS);
      }
    }
    String h = headline == null ? "" : headline;
    String b = body == null ? "" : body;
    String source = text(n, "source");
    return Article.newBuilder()
        .setId(id)
        .setContentHash(sha256(h + "\n\n" + b))
        .setSource(source == null ? "unknown" : source)
        .setHeadline(h)
        .setBody(b)
        .setLang(text(n, "lang"))
        .setPublished(published == null ? null : published.instant())
        .setPublishedPrecision(published == null ? TimePrecision.TIME : published.precision())
        .setIngested(Instant.now())
        .setFormat(SourceFormat.JSON)
        .build();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' must be a string, got " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return v.asText();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
