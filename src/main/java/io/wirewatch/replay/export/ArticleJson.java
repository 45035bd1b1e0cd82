package io.wirewatch.replay.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.enrich.EnrichmentJson;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Function;

/**
 * JSON shapes of exported values. Raw articles: the Avro fields, times as ISO-8601 instants,
 * absent optional fields left out. Enriched articles: the enrichment's own shape
 * ({@link io.wirewatch.enrich.EnrichmentJson}, as printed by {@code wirewatch tag}) plus article context.
 */
public final class ArticleJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ArticleJson() {}

  /** A raw article: every field of the Avro record. */
  public static ObjectNode article(Article a) {
    ObjectNode n = F.objectNode();
    n.put("id", a.getId());
    n.put("revision", a.getRevision());
    n.put("contentHash", a.getContentHash());
    n.put("source", a.getSource());
    putIf(n, "sourceId", a.getSourceId());
    putIf(n, "url", a.getUrl());
    n.put("headline", a.getHeadline());
    n.put("body", a.getBody());
    putIf(n, "lang", a.getLang());
    putIf(n, "published", a.getPublished());
    putIf(n, "firstCreated", a.getFirstCreated());
    putIf(n, "ingested", a.getIngested());
    putIf(n, "byline", a.getByline());
    putIf(n, "dateline", a.getDateline());
    ArrayNode kw = n.putArray("keywords");
    a.getKeywords().forEach(kw::add);
    n.put("format", a.getFormat().name());
    putIf(n, "origin", a.getOrigin());
    return n;
  }

  /**
   * Adds what an analyst needs next to the tags (published, source, headline, url), where the
   * tag mapping did not already put them.
   */
  public static Function<EnrichedArticle, ObjectNode> withArticleContext(Function<EnrichedArticle, ObjectNode> tags) {
    return e -> {
      ObjectNode n = tags.apply(e);
      Article a = e.getArticle();
      if (!n.has("published") && a.getPublished() != null) {
        n.put("published", a.getPublished().toString());
      }
      if (!n.has("source")) {
        n.put("source", a.getSource());
      }
      if (!n.has("headline")) {
        n.put("headline", a.getHeadline());
      }
      if (!n.has("url") && a.getUrl() != null) {
        n.put("url", a.getUrl());
      }
      return n;
    };
  }

  /**
   * Writes an enriched article in the {@code wirewatch tag} shape with its article context, as
   * {@code withArticleContext(EnrichmentJson::toJson)} would, but straight to the generator: no
   * tree per article. The tag shape already holds the headline, so only published, source and url
   * are added.
   */
  public static void writeEnriched(EnrichedArticle e, JsonGenerator g) throws IOException {
    Article a = e.getArticle();
    g.writeStartObject();
    EnrichmentJson.writeFields(e, g);
    if (a.getPublished() != null) {
      g.writeStringField("published", a.getPublished().toString());
    }
    g.writeStringField("source", a.getSource());
    if (a.getUrl() != null) {
      g.writeStringField("url", a.getUrl());
    }
    g.writeEndObject();
  }

  private static void putIf(ObjectNode n, String name, String value) {
    if (value != null) {
      n.put(name, value);
    }
  }

  private static void putIf(ObjectNode n, String name, Instant value) {
    if (value != null) {
      n.put(name, value.toString());
    }
  }
}
