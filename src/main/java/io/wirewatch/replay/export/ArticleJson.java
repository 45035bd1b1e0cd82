package io.wirewatch.replay.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.CountryTag;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EntityMention;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.avro.Evidence;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * JSON shapes of exported values. Field names follow the Avro schemas; times are ISO-8601
 * instants; absent optional fields are left out.
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
   * The tag shape of an enriched article (id, countries, entities, events with evidence), used
   * until the enrichment library's own JSON mapping is plugged in through
   * {@link Exporters#open}.
   */
  public static ObjectNode tagShape(EnrichedArticle e) {
    ObjectNode n = F.objectNode();
    n.put("id", e.getId());
    ArrayNode countries = n.putArray("countries");
    for (CountryTag c : e.getCountries()) {
      ObjectNode cn = countries.addObject();
      cn.put("code", c.getCode());
      cn.put("name", c.getName());
      cn.put("mentions", c.getMentions());
      cn.put("primary", c.getPrimary());
      evidence(cn.putArray("evidence"), c.getEvidence());
    }
    ArrayNode entities = n.putArray("entities");
    for (EntityMention m : e.getEntities()) {
      ObjectNode en = entities.addObject();
      en.put("id", m.getId());
      en.put("name", m.getName());
      en.put("type", m.getType().name());
      putIf(en, "country", m.getCountry());
      en.put("mentions", m.getMentions());
    }
    ArrayNode events = n.putArray("events");
    for (EventMatch m : e.getEvents()) {
      ObjectNode ev = events.addObject();
      ev.put("topic", m.getTopic());
      ev.put("confidence", m.getConfidence());
      ArrayNode actors = ev.putArray("actors");
      m.getActors().forEach(actors::add);
      ArrayNode targets = ev.putArray("targets");
      m.getTargets().forEach(targets::add);
      ObjectNode why = ev.putObject("evidence");
      why.put("rule", m.getRuleId());
      why.put("sentence", m.getSentence());
      why.put("trigger", m.getTrigger().getText());
    }
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

  private static void evidence(ArrayNode into, List<Evidence> list) {
    for (Evidence ev : list) {
      ObjectNode o = into.addObject();
      o.put("text", ev.getText());
      o.put("field", ev.getField().name());
      o.put("start", ev.getStart());
      o.put("end", ev.getEnd());
      o.put("source", ev.getSource());
    }
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
