package io.wirewatch.enrich;

import java.util.List;

/**
 * What the enricher found in one article: countries (most salient first), entities (most
 * mentioned first) and events (highest confidence first), with the versions of the gazetteer
 * and rule set that produced them.
 */
public record Enrichment(
    String articleId, List<CountryTag> countries, List<EntityMention> entities,
    List<EventMatch> events, String gazetteerVersion, String rulesVersion) {
  public Enrichment {
    countries = List.copyOf(countries);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
  }

  /** Alpha-2 codes of every tagged country. */
  public List<String> countryCodes() {
    return countries.stream().map(CountryTag::code).toList();
  }

  /** Alpha-2 codes of the primary countries. */
  public List<String> primaryCodes() {
    return countries.stream().filter(CountryTag::primary).map(CountryTag::code).toList();
  }

  /** Event-topic ids found. */
  public List<String> topics() {
    return events.stream().map(EventMatch::topic).distinct().toList();
  }

  /** The best match for a topic, if any. */
  public java.util.Optional<EventMatch> event(String topic) {
    return events.stream().filter(e -> e.topic().equals(topic)).findFirst();
  }
}
