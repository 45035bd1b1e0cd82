package io.wirewatch.ingest.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.ingest.RawArticle;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON Lines (.jsonl, .ndjson): one article object per line; blank lines are ignored. Each bad
 * line (malformed JSON, invalid UTF-8, longer than {@link #MAX_LINE_BYTES}, wrong field types,
 * missing headline or body) is reported with its line number and skipped. Thread-safe.
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
   * The UTF-8 of the article's body read from the line itself, when the body is the line's
   * {@code body} string unchanged (it was already in paragraph form); else null.
   */
  private static byte[] bodyUtf8(LineReader.ByteLine line, JsonNode node, RawArticle article) {
    JsonNode body = node.get("body");
    if (body == null || article.problem() != null || article.body() != body.textValue() || JsonArticles.isNinjs(node)) {
      return null;
    }
    return JsonBodyBytes.of(line.bytes(), line.offset(), line.length());
  }

  private static void parseLine(LineReader.ByteLine line, String where, String origin, ParseSink sink) {
    if (blank(line.bytes(), line.offset(), line.length())) {
      return;
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
      RawArticle article = JsonArticles.fromNode(node, SourceFormat.JSON, origin + ":" + where.substring(5));
      Parsers.emit(sink, where, article, bodyUtf8(line, node, article));
    } catch (JsonArticles.InvalidField e) {
      sink.problem(where, "invalid field", e.getMessage());
    }
  }
}
