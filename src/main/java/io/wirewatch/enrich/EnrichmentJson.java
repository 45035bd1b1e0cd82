package io.wirewatch.enrich;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.avro.EnrichedArticle;
import java.util.List;

/**
 * The one JSON shape of an enriched article, used by {@code wirewatch tag} and by exports
 * (JSON Lines): {@code id}, {@code headline}, {@code countries}, {@code entities},
 * {@code events}, {@code enriched}, {@code rulesVersion}, {@code gazetteerVersion}. It holds
 * the same content as the Avro {@link EnrichedArticle}, minus the article body.
 */
public final class EnrichmentJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private EnrichmentJson() {}

  public static ObjectNode toJson(EnrichedArticle a) {
    ObjectNode o = F.objectNode();
    o.put("id", a.getId());
    if (a.getArticle() != null) {
      o.put("headline", a.getArticle().getHeadline());
    }
    ArrayNode countries = o.putArray("countries");
    for (io.wirewatch.avro.CountryTag c : a.getCountries()) {
      ObjectNode n = countries.addObject();
      n.put("code", c.getCode());
      n.put("alpha3", c.getAlpha3());
      n.put("name", c.getName());
      n.put("mentions", c.getMentions());
      n.put("salience", c.getSalience());
      n.put("primary", c.getPrimary());
      n.set("evidence", evidence(c.getEvidence()));
    }
    ArrayNode entities = o.putArray("entities");
    for (io.wirewatch.avro.EntityMention m : a.getEntities()) {
      ObjectNode n = entities.addObject();
      n.put("id", m.getId());
      n.put("name", m.getName());
      n.put("type", m.getType().name());
      n.put("country", m.getCountry());
      n.put("role", m.getRole());
      n.put("mentions", m.getMentions());
      n.set("evidence", evidence(m.getEvidence()));
    }
    ArrayNode events = o.putArray("events");
    for (io.wirewatch.avro.EventMatch m : a.getEvents()) {
      ObjectNode n = events.addObject();
      n.put("topic", m.getTopic());
      n.put("confidence", m.getConfidence());
      n.put("ruleId", m.getRuleId());
      n.set("actors", strings(m.getActors()));
      n.set("targets", strings(m.getTargets()));
      n.put("venue", m.getVenue());
      n.put("sentence", m.getSentence());
      n.put("sentenceField", m.getSentenceField().name());
      n.put("sentenceStart", m.getSentenceStart());
      n.set("trigger", evidence(m.getTrigger()));
      n.set("evidence", evidence(m.getEvidence()));
    }
    o.put("enriched", a.getEnriched().toString());
    o.put("rulesVersion", a.getRulesVersion());
    o.put("gazetteerVersion", a.getGazetteerVersion());
    return o;
  }

  private static ArrayNode strings(List<String> list) {
    ArrayNode arr = F.arrayNode();
    list.forEach(arr::add);
    return arr;
  }

  private static ArrayNode evidence(List<io.wirewatch.avro.Evidence> list) {
    ArrayNode arr = F.arrayNode();
    list.forEach(e -> arr.add(evidence(e)));
    return arr;
  }

  private static ObjectNode evidence(io.wirewatch.avro.Evidence e) {
    ObjectNode n = F.objectNode();
    n.put("text", e.getText());
    n.put("field", e.getField().name());
    n.put("start", e.getStart());
    n.put("end", e.getEnd());
    n.put("source", e.getSource());
    return n;
  }
}
