package io.wirewatch.replay;

import io.wirewatch.UserException;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.CountryTag;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which records a replay keeps: {@code topic=}, {@code country=} and {@code source=} conditions.
 * Values of one key are alternatives (any may match); different keys must all match. Matching is
 * case-insensitive. {@code country} matches any tagged country (primary or not), by alpha-2 code.
 *
 * <p>Immutable and thread-safe. An empty filter keeps everything.
 */
public final class ReplayFilter {
  private static final ReplayFilter ALL = new ReplayFilter(Set.of(), Set.of(), Set.of());

  private final Set<String> topics;
  private final Set<String> countries;
  private final Set<String> sources;

  private ReplayFilter(Set<String> topics, Set<String> countries, Set<String> sources) {
    this.topics = topics;
    this.countries = countries;
    this.sources = sources;
  }

  public static ReplayFilter all() {
    return ALL;
  }

  /** Builds a filter from its three value lists (null or empty lists impose nothing). */
  public static ReplayFilter of(List<String> topics, List<String> countries, List<String> sources) {
    return new ReplayFilter(normalise(topics), normalise(countries), normalise(sources));
  }

  /**
   * Reads {@code --filter key=value} expressions. Reports every bad expression at once.
   *
   * @throws UserException naming each bad expression and the keys accepted
   */
  public static ReplayFilter parse(List<String> expressions) {
    List<String> topics = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String expr : expressions == null ? List.<String>of() : expressions) {
      int eq = expr.indexOf('=');
      String key = eq < 0 ? "" : expr.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String value = eq < 0 ? "" : expr.substring(eq + 1).trim();
      if (eq < 0 || value.isEmpty()) {
        problems.add("'" + expr + "' is not key=value");
        continue;
      }
      switch (key) {
        case "topic" -> topics.add(value);
        case "country" -> countries.add(value);
        case "source" -> sources.add(value);
        default -> problems.add("'" + expr + "' has unknown key '" + key + "'");
      }
    }
    if (!problems.isEmpty()) {
      throw new UserException("bad --filter: " + String.join("; ", problems)
          + " — use topic=<event-topic id>, country=<alpha-2 code> or source=<outlet>, "
          + "e.g. --filter topic=sanctions-blocked --filter country=KP --filter source=UPI");
    }
    return of(topics, countries, sources);
  }

  private static Set<String> normalise(List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    if (values != null) {
      for (String v : values) {
        if (v != null && !v.isBlank()) {
          out.add(v.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    return Set.copyOf(out);
  }

  public boolean isEmpty() {
    return topics.isEmpty() && countries.isEmpty() && sources.isEmpty();
  }

  /** True when the filter names event topics or countries, which raw articles do not carry. */
  public boolean needsEnrichment() {
    return !topics.isEmpty() || !countries.isEmpty();
  }

  public boolean test(EnrichedArticle a) {
    if (!sources.isEmpty() && !sourceMatches(a.getArticle())) {
      return false;
    }
    if (!topics.isEmpty() && !anyTopic(a.getEvents())) {
      return false;
    }
    return countries.isEmpty() || anyCountry(a.getCountries());
  }

  /** Raw articles can only be filtered by source; see {@link #needsEnrichment()}. */
  public boolean test(Article a) {
    return sources.isEmpty() || sourceMatches(a);
  }

  private boolean sourceMatches(Article a) {
    return a != null && a.getSource() != null && sources.contains(a.getSource().toLowerCase(Locale.ROOT));
  }

  private boolean anyTopic(List<EventMatch> events) {
    for (EventMatch e : events) {
      if (topics.contains(e.getTopic().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private boolean anyCountry(List<CountryTag> tags) {
    for (CountryTag c : tags) {
      if (countries.contains(c.getCode().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "topic=" + topics + " country=" + countries + " source=" + sources;
  }
}
