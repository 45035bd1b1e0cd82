package io.wirewatch.enrich;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.wirewatch.avro.CountryTag;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EntityMention;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.avro.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one JSON shape of an enriched article, used by {@code wirewatch tag} and by exports
 * (JSON Lines): {@code id}, {@code headline}, {@code countries}, {@code entities},
 * {@code events}, {@code enriched}, {@code rulesVersion}, {@code gazetteerVersion}. It holds
 * the same content as the Avro {@link EnrichedArticle}, minus the article body.
 *
 * <p>The shape is written once, as a stream ({@link #writeFields}): exports write it straight to
 * their output without building a tree per article; {@link #toJson} builds the tree from the
 * same stream for callers that add to it.
 */
public final class EnrichmentJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EnrichmentJson() {}

  /** The shape as a tree. */
  public static ObjectNode toJson(EnrichedArticle a) {
    try (TokenBuffer buf = new TokenBuffer(MAPPER, false)) {
      buf.writeStartObject();
      writeFields(a, buf);
      buf.writeEndObject();
      return MAPPER.readTree(buf.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the JSON of article " + a.getId(), e);
    }
  }

  /** Writes the fields of the shape into an object {@code g} has started (and the caller ends). */
  public static void writeFields(EnrichedArticle a, JsonGenerator g) throws IOException {
    g.writeStringField("id", a.getId());
    if (a.getArticle() != null) {
      g.writeStringField("headline", a.getArticle().getHeadline());
    }
    g.writeArrayFieldStart("countries");
    for (CountryTag c : a.getCountries()) {
      g.writeStartObject();
      g.writeStringField("code", c.getCode());
      g.writeStringField("alpha3", c.getAlpha3());
      g.writeStringField("name", c.getName());
      g.writeNumberField("mentions", c.getMentions());
      g.writeNumberField("salience", c.getSalience());
      g.writeBooleanField("primary", c.getPrimary());
      writeEvidence(g, "evidence", c.getEvidence());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("entities");
    for (EntityMention m : a.getEntities()) {
      g.writeStartObject();
      g.writeStringField("id", m.getId());
      g.writeStringField("name", m.getName());
      g.writeStringField("type", m.getType().name());
      g.writeStringField("country", m.getCountry());
      g.writeStringField("role", m.getRole());
      g.writeNumberField("mentions", m.getMentions());
      writeEvidence(g, "evidence", m.getEvidence());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (EventMatch m : a.getEvents()) {
      g.writeStartObject();
      g.writeStringField("topic", m.getTopic());
      g.writeNumberField("confidence", m.getConfidence());
      g.writeStringField("ruleId", m.getRuleId());
      writeStrings(g, "actors", m.getActors());
      writeStrings(g, "targets", m.getTargets());
      g.writeStringField("venue", m.getVenue());
      g.writeStringField("sentence", m.getSentence());
      g.writeStringField("sentenceField", m.getSentenceField().name());
      g.writeNumberField("sentenceStart", m.getSentenceStart());
      g.writeFieldName("trigger");
      writeEvidence(g, m.getTrigger());
      writeEvidence(g, "evidence", m.getEvidence());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("enriched", a.getEnriched().toString());
    g.writeStringField("rulesVersion", a.getRulesVersion());
    g.writeStringField("gazetteerVersion", a.getGazetteerVersion());
  }

  private static void writeStrings(JsonGenerator g, String name, List<String> list) throws IOException {
    g.writeArrayFieldStart(name);
    for (String s : list) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private static void writeEvidence(JsonGenerator g, String name, List<Evidence> list) throws IOException {
    g.writeArrayFieldStart(name);
    for (Evidence e : list) {
      writeEvidence(g, e);
    }
    g.writeEndArray();
  }

  private static void writeEvidence(JsonGenerator g, Evidence e) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", e.getText());
    g.writeStringField("field", e.getField().name());
    g.writeNumberField("start", e.getStart());
    g.writeNumberField("end", e.getEnd());
    g.writeStringField("source", e.getSource());
    g.writeEndObject();
  }
}
