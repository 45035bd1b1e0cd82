package io.wirewatch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.Story;
import io.wirewatch.avro.Surge;
import io.wirewatch.enrich.EnrichmentJson;
import java.time.Instant;
import java.util.List;

/**
 * The JSON the web API and the live feed send for Wirewatch records. Field names follow the Avro
 * schemas; times are ISO-8601 strings; enum values are as in the schema (e.g. {@code BODY}).
 *
 * <p>An enriched article has the shape of {@link EnrichmentJson} plus its headline and body, so a client can show every evidence span in
 * context: evidence offsets index into the field they name ({@code HEADLINE} or {@code BODY}), in
 * UTF-16 code units, which are JavaScript string indices. Stateless and thread-safe.
 */
public final class FeedJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private FeedJson() {}

  /**
   * The enrichment's JSON of the article ({@link EnrichmentJson#toJson}: countries, entities and
   * events with their evidence), plus what a reader needs to see it: body, source, URL and times.
   */
  public static ObjectNode article(EnrichedArticle e) {
    Article a = e.getArticle();
    ObjectNode o = EnrichmentJson.toJson(e);
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
