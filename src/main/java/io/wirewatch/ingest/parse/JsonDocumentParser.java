package io.wirewatch.ingest.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.avro.SourceFormat;
import java.io.IOException;
import java.io.InputStream;

/**
 * A .json file: one article (plain or ninjs) or an array of them. The array is streamed, item by
 * item; an item with bad fields is reported as {@code item N} (0-based) and skipped, while broken
 * JSON syntax ends the file (nothing after it can be trusted) after the items before it. Thread-safe.
 */
public final class JsonDocumentParser implements ArticleParser {

  @Override
  public void parse(InputStream in, String origin, ParseSink sink) throws IOException {
    int index = 0;
    try (JsonParser p = JsonArticles.mapper().createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        sink.problem("file", "empty file", "no JSON value in the file");
        return;
      }
      if (first == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          JsonNode node = p.readValueAsTree();
          item(node, "item " + index, origin + "#" + index, sink);
          index++;
        }
      } else {
        item(p.readValueAsTree(), "item 0", origin, sink);
      }
      if (p.nextToken() != null) {
        sink.problem("after item " + Math.max(0, index - 1), "malformed JSON",
            "unexpected content after the end of the JSON value");
      }
    } catch (JsonProcessingException e) {
      sink.problem("item " + index, "malformed JSON", e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
              + " column " + e.getLocation().getColumnNr()));
    }
  }

  private static void item(JsonNode node, String where, String origin, ParseSink sink) {
    try {
      Parsers.emit(sink, where, JsonArticles.fromNode(node, SourceFormat.JSON, origin));
    } catch (JsonArticles.InvalidField e) {
      sink.problem(where, "invalid field", e.getMessage());
    }
  }
}
