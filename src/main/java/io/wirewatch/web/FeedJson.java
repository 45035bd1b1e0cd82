package io.wirewatch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.CountryTag;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EntityMention;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.avro.Evidence;
import io.wirewatch.avro.Story;
import io.wirewatch.avro.Surge;
import java.time.Instant;
import java.util.List;

/**
 * The JSON the web API and the live feed send for Wirewatch records. Field names follow the Avro
 * schemas; times are ISO-8601 strings; enum values are as in the schema (e.g. {@code BODY}).
 *
 * <p>An enriched article keeps its headline and body, so a client can show every evidence span in
 * context: evidence offsets index into the field they name ({@code HEADLINE} or {@code BODY}), in
 * UTF-16 code units, which are JavaScript string indices. Stateless and thread-safe.
 */
public final class FeedJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private FeedJson() {}

  public static ObjectNode article(EnrichedArticle e) {
    Article a = e.getArticle();
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.getId());
    o.put("revision", a.getRevision());
    o.put("headline", a.getHeadline());
    o.put("body", a.getBody());
    o.put("source", a.getSource());
    o.put("url", a.getUrl());
    o.put("lang", a.getLang());
    o.put("dateline", a.getDateline());
    time(o, "published", a.getPublished());
    time(o, "ingested", a.getIngested());
    time(o, "enriched", e.getEnriched());
    ArrayNode countries = o.putArray("countries");
    for (CountryTag c : e.getCountries()) {
      ObjectNode n = countries.addObject();
      n.put("code", c.getCode());
      n.put("alpha3", c.getAlpha3());
      n.put("name", c.getName());
      n.put("mentions", c.getMentions());
      n.put("salience", c.getSalience());
      n.put("primary", c.getPrimary());
      evidence(n.putArray("evidence"), c.getEvidence());
    }
    ArrayNode entities = o.putArray("entities");
    for (EntityMention m : e.getEntities()) {
      ObjectNode n = entities.addObject();
      n.put("id", m.getId());
      n.put("name", m.getName());
      n.put("type", m.getType().name());
      n.put("country", m.getCountry());
      n.put("role", m.getRole());
      n.put("mentions", m.getMentions());
      evidence(n.putArray("evidence"), m.getEvidence());
    }
    ArrayNode events = o.putArray("events");
    for (EventMatch m : e.getEvents()) {
      ObjectNode n = events.addObject();
      n.put("topic", m.getTopic());
      n.put("confidence", m.getConfidence());
      n.put("ruleId", m.getRuleId());
      n.put("sentence", m.getSentence());
      n.put("sentenceField", m.getSentenceField().name());
      n.put("sentenceStart", m.getSentenceStart());
      n.set("trigger", evidence(m.getTrigger()));
      evidence(n.putArray("evidence"), m.getEvidence());
      strings(n.putArray("actors"), m.getActors());
      strings(n.putArray("targets"), m.getTargets());
      n.put("venue", m.getVenue());
    }
    o.put("rulesVersion", e.getRulesVersion());
    o.put("gazetteerVersion", e.getGazetteerVersion());
    return o;
  }

  public static ObjectNode alert(Alert a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.getId());
    o.put("subscriptionId", a.getSubscriptionId());
    o.put("subscriptionName", a.getSubscriptionName());
    o.put("storyId", a.getStoryId());
    o.put("articleId", a.getArticleId());
    o.put("kind", a.getKind().name());
    strings(o.putArray("eventTopics"), a.getEventTopics());
    strings(o.putArray("countries"), a.getCountries());
    o.put("headline", a.getHeadline());
    o.put("url", a.getUrl());
    o.put("source", a.getSource());
    o.put("evidence", a.getEvidence());
    o.put("confidence", a.getConfidence());
    time(o, "published", a.getPublished());
    time(o, "ingested", a.getIngested());
    time(o, "alerted", a.getAlerted());
    o.put("digestCount", a.getDigestCount());
    return o;
  }

  public static ObjectNode story(Story s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", s.getId());
    o.put("firstHeadline", s.getFirstHeadline());
    o.put("latestHeadline", s.getLatestHeadline());
    strings(o.putArray("articleIds"), s.getArticleIds());
    strings(o.putArray("sources"), s.getSources());
    time(o, "firstSeen", s.getFirstSeen());
    time(o, "lastSeen", s.getLastSeen());
    strings(o.putArray("eventTopics"), s.getEventTopics());
    strings(o.putArray("countries"), s.getCountries());
    o.put("articleCount", s.getArticleCount());
    o.put("status", s.getStatus().name());
    o.put("url", s.getUrl());
    return o;
  }

  public static ObjectNode surge(Surge s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", s.getId());
    o.put("country", s.getCountry());
    o.put("topic", s.getTopic());
    time(o, "windowStart", s.getWindowStart());
    time(o, "windowEnd", s.getWindowEnd());
    o.put("count", s.getCount());
    o.put("baselineHourlyMean", s.getBaselineHourlyMean());
    o.put("ratio", s.getRatio());
    time(o, "detected", s.getDetected());
    o.put("sampleHeadline", s.getSampleHeadline());
    return o;
  }

  static ObjectNode evidence(Evidence e) {
    ObjectNode n = MAPPER.createObjectNode();
    if (e == null) {
      return n;
    }
    n.put("text", e.getText());
    n.put("field", e.getField().name());
    n.put("start", e.getStart());
    n.put("end", e.getEnd());
    n.put("source", e.getSource());
    return n;
  }

  private static void evidence(ArrayNode into, List<Evidence> list) {
    for (Evidence e : list) {
      into.add(evidence(e));
    }
  }

  private static void strings(ArrayNode into, List<String> list) {
    list.forEach(into::add);
  }

  private static void time(ObjectNode o, String field, Instant t) {
    if (t == null) {
      o.putNull(field);
    } else {
      o.put(field, t.toString());
    }
  }
}
