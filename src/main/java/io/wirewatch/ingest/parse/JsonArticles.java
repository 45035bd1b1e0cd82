package io.wirewatch.ingest.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.ingest.RawArticle;
import io.wirewatch.ingest.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one JSON object to a {@link RawArticle}: either a plain article ({@code id, headline, body,
 * url, source, lang, published, byline, keywords}) or an IPTC ninjs document, versions 1.x to 3.x
 * (recognised by its {@code uri}, {@code headlines}, {@code body_text}, {@code body_html},
 * {@code bodies}, {@code versioncreated} or {@code standard} fields).
 *
 * <p>Field names follow ninjs 1.4 / 2.0 / 3.0 as published by IPTC (iptc.org/std/ninjs):
 * {@code headline} (1.x) or {@code headlines[]} of {@code {role, value}} (2.x+); {@code body_text},
 * {@code body_html} (1.x) or {@code bodies[]} of {@code {role, contenttype, value}} (2.x+);
 * {@code byline} (1.x) or {@code by} (2.x+); {@code subject[]} (1.x) or {@code subjects[]} (2.x+).
 * Both the lower-case ({@code versioncreated}) and camel-case spellings are accepted.
 */
public final class JsonArticles {
  /** Articles are flat; anything nested deeper than this is hostile input, not news. */
  public static final int MAX_NESTING = 64;

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING)
          .maxStringLength(32 * 1024 * 1024)
          .maxNumberLength(100)
          .build())
      .build());

  private JsonArticles() {}

  /** The shared mapper, with nesting and size limits. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A field had the wrong type or value; the message names the field and the fix. */
  public static final class InvalidField extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidField(String message) {
      super(message, null, false, false);
    }
  }

  public static boolean isNinjs(JsonNode n) {
    return n.has("uri") || n.has("headlines") || n.has("body_text") || n.has("body_html")
        || n.has("bodies") || n.has("versioncreated") || n.has("versionCreated") || n.has("standard");
  }

  /**
   * The article in one JSON object.
   *
   * @param plainFormat the format recorded for a plain (non-ninjs) article: JSON, HTTP or DEMO
   * @throws InvalidField when a field has the wrong type or an unreadable date
   */
  public static RawArticle fromNode(JsonNode n, SourceFormat plainFormat, String origin)
      throws InvalidField {
    if (!n.isObject()) {
      throw new InvalidField("expected a JSON object, got " + kind(n));
    }
    return isNinjs(n) ? ninjs(n, origin) : plain(n, plainFormat, origin);
  }

  private static RawArticle plain(JsonNode n, SourceFormat format, String origin) throws InvalidField {
    return plainBuilder(n, format, origin).build();
  }

  /**
   * A plain article whose body was read as UTF-8 apart from the object ({@link JsonLinesParser});
   * {@code n} holds every other field.
   */
  static RawArticle plain(JsonNode n, SourceFormat format, String origin, byte[] bodyUtf8) throws InvalidField {
    return plainBuilder(n, format, origin).bodyUtf8(bodyUtf8).build();
  }

  private static RawArticle.Builder plainBuilder(JsonNode n, SourceFormat format, String origin)
      throws InvalidField {
    return RawArticle.builder()
        .sourceId(scalar(n, "id"))
        .headline(string(n, "headline"))
        .body(string(n, "body"))
        .url(string(n, "url"))
        .source(string(n, "source"))
        .lang(string(n, "lang"))
        .published(time(n, "published"))
        .firstCreated(instant(n, "firstCreated"))
        .byline(string(n, "byline"))
        .dateline(string(n, "dateline"))
        .keywords(strings(n, "keywords"))
        .format(format)
        .origin(origin);
  }

  private static RawArticle ninjs(JsonNode n, String origin) throws InvalidField {
    String headline = string(n, "headline");
    if (headline == null) {
      headline = byRole(n.get("headlines"), "main", null, "headlines");
    }
    String body = string(n, "body_text");
    if (body == null && n.hasNonNull("body_html")) {
      body = Text.htmlToText(string(n, "body_html"));
    }
    if (body == null && n.has("bodies")) {
      body = byRole(n.get("bodies"), "main", "text/plain", "bodies");
      if (body == null) {
        String html = byRole(n.get("bodies"), "main", "text/html", "bodies");
        body = html == null ? null : Text.htmlToText(html);
      }
    }
    String byline = string(n, "byline");
    if (byline == null) {
      byline = n.get("by") != null && n.get("by").isTextual() ? n.get("by").asText() : null;
    }
    List<String> keywords = new ArrayList<>(strings(n, "keywords"));
    keywords.addAll(names(n.get("subject")));
    keywords.addAll(names(n.get("subjects")));
    SourceTime published = firstTime(n, "versioncreated", "versionCreated");
    SourceTime firstCreated = firstTime(n, "firstcreated", "firstCreated");
    return RawArticle.builder()
        .sourceId(string(n, "uri"))
        .headline(headline)
        .body(body)
        .url(link(n))
        .source(ninjsSource(n))
        .lang(string(n, "language"))
        .published(published != null ? published : firstCreated)
        .firstCreated(firstCreated == null ? null : firstCreated.instant())
        .byline(byline)
        .dateline(located(n))
        .keywords(keywords.stream().distinct().toList())
        .format(SourceFormat.NINJS)
        .origin(origin)
        .build();
  }

  private static String ninjsSource(JsonNode n) throws InvalidField {
    for (String f : List.of("infosource", "infosources", "infoSources")) {
      JsonNode s = n.get(f);
      if (s != null && s.isArray() && !s.isEmpty()) {
        s = s.get(0);
      }
      if (s != null && s.isObject() && s.hasNonNull("name")) {
        return s.get("name").asText();
      }
    }
    String holder = string(n, "copyrightholder");
    return holder != null ? holder : string(n, "copyrightHolder");
  }

  private static String link(JsonNode n) {
    JsonNode links = n.get("links");
    if (links != null && links.isArray()) {
      String any = null;
      for (JsonNode l : links) {
        if (l.hasNonNull("href")) {
          String rel = l.path("rel").asText("");
          if (rel.endsWith("canonical") || rel.endsWith("self")) {
            return l.get("href").asText();
          }
          any = any == null ? l.get("href").asText() : any;
        }
      }
      return any;
    }
    return n.hasNonNull("url") && n.get("url").isTextual() ? n.get("url").asText() : null;
  }

  private static String located(JsonNode n) {
    JsonNode places = n.get("place");
    if (places != null && places.isArray()) {
      for (JsonNode p : places) {
        if (p.path("rel").asText("").contains("located") && p.hasNonNull("name")) {
          return p.get("name").asText();
        }
      }
    }
    return n.hasNonNull("located") && n.get("located").isTextual() ? n.get("located").asText() : null;
  }

  /** The value of the array item with the given role (else the first), of the given content type. */
  private static String byRole(JsonNode array, String role, String contentType, String field)
      throws InvalidField {
    if (array == null || array.isNull()) {
      return null;
    }
    if (!array.isArray()) {
      throw new InvalidField("'" + field + "' must be an array of {role, value} objects, got " + kind(array));
    }
    JsonNode first = null;
    for (JsonNode item : array) {
      if (!item.isObject() || !item.path("value").isTextual()) {
        continue;
      }
      String ct = item.path("contenttype").asText(item.path("contentType").asText("text/plain"));
      if (contentType != null && !ct.startsWith(contentType)) {
        continue;
      }
      if (role.equals(item.path("role").asText(null))) {
        return item.get("value").asText();
      }
      first = first == null ? item : first;
    }
    return first == null ? null : first.get("value").asText();
  }

  private static List<String> names(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode s : array) {
        if (s.hasNonNull("name")) {
          out.add(Text.inline(s.get("name").asText()));
        } else if (s.isTextual()) {
          out.add(Text.inline(s.asText()));
        }
      }
    }
    return out;
  }

  private static String string(JsonNode n, String field) throws InvalidField {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new InvalidField("'" + field + "' must be a string, got " + kind(v));
    }
    return v.asText();
  }

  /** A string or a number (JSON ids are often numeric). */
  private static String scalar(JsonNode n, String field) throws InvalidField {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual() || v.isIntegralNumber()) {
      return v.asText();
    }
    throw new InvalidField("'" + field + "' must be a string or an integer, got " + kind(v));
  }

  private static List<String> strings(JsonNode n, String field) throws InvalidField {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (v.isTextual()) {
      List<String> out = new ArrayList<>();
      for (String s : v.asText().split(",")) {
        if (!s.isBlank()) {
          out.add(Text.inline(s));
        }
      }
      return out;
    }
    if (!v.isArray()) {
      throw new InvalidField("'" + field + "' must be an array of strings, got " + kind(v));
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : v) {
      if (!s.isTextual()) {
        throw new InvalidField("'" + field + "' must hold only strings, found " + kind(s));
      }
      if (!s.asText().isBlank()) {
        out.add(Text.inline(s.asText()));
      }
    }
    return out;
  }

  private static SourceTime firstTime(JsonNode n, String... fields) throws InvalidField {
    for (String f : fields) {
      SourceTime t = time(n, f);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static Instant instant(JsonNode n, String field) throws InvalidField {
    SourceTime t = time(n, field);
    return t == null ? null : t.instant();
  }

  private static SourceTime time(JsonNode n, String field) throws InvalidField {
    String s = string(n, field);
    return s == null || s.isBlank() ? null : parseTime(s, field);
  }

  /**
   * A time in any of the {@link SourceTime#FORMS}; the message of a refusal names the field first,
   * in quotes, as the HTTP API's problem list expects.
   */
  public static SourceTime parseTime(String s, String field) throws InvalidField {
    try {
      return SourceTime.parse(s);
    } catch (SourceTime.UnreadableTime e) {
      throw new InvalidField("'" + field + "' value \"" + abbreviate(s.strip()) + "\" is not a time "
          + "Wirewatch can read (" + e.reason() + "); write it as " + SourceTime.FORMS);
    }
  }

  static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      case NULL -> "null";
      default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
