package io.wirewatch.enrich;

import java.util.List;

/**
 * A country the article refers to.
 *
 * @param code ISO 3166-1 alpha-2
 * @param alpha3 ISO 3166-1 alpha-3
 * @param name short English name
 * @param mentions how often it is referred to (names, capitals, demonyms, leaders, bodies)
 * @param salience 0..1, headline and lede mentions weigh more
 * @param primary one of the 1 to 3 countries the story is about
 * @param evidence every mention
 */
public record CountryTag(
    String code, String alpha3, String name, int mentions, double salience, boolean primary,
    List<Evidence> evidence) {
  public CountryTag {
    evidence = List.copyOf(evidence);
  }
}
