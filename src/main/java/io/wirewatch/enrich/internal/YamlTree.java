package io.wirewatch.enrich.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wirewatch.UserException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into maps, lists and scalars that remember their line, so a rule file
 * can be refused with the line of the bad value.
 */
public final class YamlTree {
  /** A value and the line it starts on (1-based). */
  public record Node(Object value, int line) {
    public boolean isMap() {
      return value instanceof Map;
    }

    public boolean isList() {
      return value instanceof List;
    }

    public boolean isScalar() {
      return value instanceof String || value == null;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Node> map() {
      return (Map<String, Node>) value;
    }

    @SuppressWarnings("unchecked")
    public List<Node> list() {
      return (List<Node>) value;
    }

    public String text() {
      return (String) value;
    }
  }

  private YamlTree() {}

  /** Parses one YAML document; syntax errors and duplicate keys become UserExceptions. */
  public static Node parse(String yaml, String origin) {
    try (JsonParser p = new YAMLFactory().createParser(yaml)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new UserException(origin + " is empty — write a rule file with 'topics:' and 'rules:'");
      }
      return read(p, origin);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String line = loc == null ? "?" : String.valueOf(loc.getLineNr());
      throw new UserException(origin + " line " + line + ": not valid YAML (" + e.getOriginalMessage()
          + ") — fix the syntax (indentation, quotes, brackets) at that line", e);
    } catch (IOException e) {
      throw new UserException("cannot read " + origin + ": " + e.getMessage(), e);
    }
  }

  private static Node read(JsonParser p, String origin) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Node> m = new LinkedHashMap<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
          String key = p.currentName();
          int keyLine = p.currentTokenLocation().getLineNr();
          p.nextToken();
          Node v = read(p, origin);
          if (m.containsKey(key)) {
            throw new UserException(origin + " line " + keyLine + ": key '" + key
                + "' appears twice in the same block — keep one of them");
          }
          m.put(key, new Node(v.value(), v.isScalar() ? keyLine : v.line()));
        }
        return new Node(m, line);
      }
      case START_ARRAY -> {
        List<Node> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(read(p, origin));
        }
        return new Node(l, line);
      }
      case VALUE_NULL -> {
        return new Node(null, line);
      }
      default -> {
        return new Node(p.getText(), line);
      }
    }
  }
}
