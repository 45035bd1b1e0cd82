package io.wirewatch.ingest.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.ingest.RawArticle;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON Lines (.jsonl, .ndjson): one article object per line; blank lines are ignored. Each bad
 * line (malformed JSON, invalid UTF-8, longer than {@link #MAX_LINE_BYTES}, wrong field types,
 * missing headline or body) is reported with its line number and skipped. Thread-safe.
 *
 * <p>A plain article's body is read from the line as UTF-8 and kept so (see {@link
 * RawArticle.Builder#bodyUtf8}): ingest hashes and posts those bytes, and a 5 KB body is not
 * decoded into a String only to be encoded back. Every other shape of line takes the general
 * path, a JSON tree, with the same result.
 */
public final class JsonLinesParser implements ArticleParser {
  /** One article is a few KB; a line above this is skipped without being held in memory. */
  public static final int MAX_LINE_BYTES = 8 * 1024 * 1024;

  private final int maxLineBytes;

  public JsonLinesParser() {
    this(MAX_LINE_BYTES);
  }

  public JsonLinesParser(int maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }

  private static boolean blank(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void parse(InputStream in, String origin, ParseSink sink) throws IOException {
    LineReader reader = new LineReader(in, maxLineBytes);
    LineReader.Line line;
    // Bytes go straight to Jackson, which decodes (and checks) UTF-8 faster than a String detour.
    while ((line = reader.nextBytes()) != null) {
      String where = "line " + line.number();
      if (line instanceof LineReader.TooLong t) {
        sink.problem(where, "line too long", t.bytes() + " bytes, above the limit of " + maxLineBytes);
      } else if (line instanceof LineReader.BadEncoding b) {
        sink.problem(where, "invalid UTF-8", b.detail());
      } else if (line instanceof LineReader.ByteLine b) {
        parseLine(b, where, origin, sink);
      }
    }
  }

  /**
   * A plain article read with its body left as UTF-8, or null when the line needs the general
   * path: it is not one object, it is ninjs, its body is not one string or holds a surrogate.
   * The body is read and checked by {@link JsonBodyBytes}; the JSON parser reads the rest of the
   * line with the body's string literal replaced by {@code ""}, and confirms that the literal is
   * the top-level {@code body} string. Neither the String the parser would make of a 5 KB body,
   * nor ingest's encoding of it back to UTF-8, nor the parser's pass over it is paid.
   *
   * @throws IOException for malformed JSON, which the general path then reports
   * @throws JsonArticles.InvalidField for a bad field, which the general path then reports
   */
  private static RawArticle readWithUtf8Body(LineReader.ByteLine line, String origin)
      throws IOException, JsonArticles.InvalidField {
    byte[] bytes = line.bytes();
    int off = line.offset();
    JsonBodyBytes.Body body = JsonBodyBytes.read(bytes, off, off + line.length());
    if (body == null) {
      return null;
    }
    int before = body.quote() - off;
    int after = off + line.length() - body.after();
    byte[] rest = new byte[before + 2 + after];
    System.arraycopy(bytes, off, rest, 0, before);
    rest[before] = '"';
    rest[before + 1] = '"';
    System.arraycopy(bytes, body.after(), rest, before + 2, after);

    ObjectMapper mapper = JsonArticles.mapper();
    try (JsonParser p = mapper.createParser(rest)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      ObjectNode fields = mapper.createObjectNode();
      boolean bodySeen = false;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("body")) {
          // exactly the literal that was read: a string, emptied, where the reader found it
          if (bodySeen || value != JsonToken.VALUE_STRING || p.getTextLength() != 0
              || p.currentTokenLocation().getByteOffset() != before) {
            return null;
          }
          bodySeen = true;
        } else if (value == JsonToken.VALUE_STRING) {
          fields.put(name, p.getText());
        } else {
          fields.set(name, mapper.readTree(p));
        }
      }
      if (t != JsonToken.END_OBJECT || !bodySeen || JsonArticles.isNinjs(fields)) {
        return null;
      }
      return JsonArticles.plain(fields, SourceFormat.JSON, origin, body.utf8());
    }
  }

  private static void parseLine(LineReader.ByteLine line, String where, String origin, ParseSink sink) {
    if (blank(line.bytes(), line.offset(), line.length())) {
      return;
    }
    String lineOrigin = origin + ":" + where.substring(5);
    try {
      RawArticle article = readWithUtf8Body(line, lineOrigin);
      if (article != null) {
        Parsers.emit(sink, where, article);
        return;
      }
    } catch (IOException | JsonArticles.InvalidField | RuntimeException e) {
      // a bad line: read again below, which names the problem as it always has
    }
    JsonNode node;
    try {
      node = JsonArticles.mapper().readTree(line.bytes(), line.offset(), line.length());
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      boolean encoding = message != null && (message.startsWith("Invalid UTF-8")
          || message.contains("Invalid UTF-8"));
      sink.problem(where, encoding ? "invalid UTF-8" : "malformed JSON", message);
      return;
    } catch (IOException e) {
      sink.problem(where, "malformed JSON", e.getMessage());
      return;
    }
    try {
      Parsers.emit(sink, where, JsonArticles.fromNode(node, SourceFormat.JSON, lineOrigin));
    } catch (JsonArticles.InvalidField e) {
      sink.problem(where, "invalid field", e.getMessage());
    }
  }
}
