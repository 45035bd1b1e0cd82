package io.wirewatch.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which feed events a client wants: any of {@code topics} (empty = any topic) and any of
 * {@code countries} (empty = any country). Both must hold when both are given.
 */
public record FeedFilter(Set<String> topics, Set<String> countries) {
  private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** The filter that lets everything through. */
  public static final FeedFilter ALL = new FeedFilter(Set.of(), Set.of());

  public FeedFilter {
    topics = Set.copyOf(topics);
    countries = Set.copyOf(countries);
  }

  /** Thrown for a filter value that is not a topic id or an alpha-2 code; the message says which. */
  public static final class InvalidFilter extends IllegalArgumentException {
    private final List<String> problems;

    InvalidFilter(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  /**
   * Parses the {@code topic} and {@code country} query parameters: each may repeat and may hold
   * comma-separated values; blanks are ignored and country codes are upper-cased.
   *
   * @throws InvalidFilter naming every bad value
   */
  public static FeedFilter parse(List<String> topicParams, List<String> countryParams) {
    List<String> problems = new ArrayList<>();
    Set<String> topics = new LinkedHashSet<>();
    for (String v : split(topicParams)) {
      String t = v.toLowerCase(Locale.ROOT);
      if (TOPIC.matcher(t).matches()) {
        topics.add(t);
      } else {
        problems.add("topic '" + clip(v) + "' is not an event-topic id (lower-case letters, digits and '-', e.g. sanctions-blocked)");
      }
    }
    Set<String> countries = new LinkedHashSet<>();
    for (String v : split(countryParams)) {
      String c = v.toUpperCase(Locale.ROOT);
      if (COUNTRY.matcher(c).matches()) {
        countries.add(c);
      } else {
        problems.add("country '" + clip(v) + "' is not an ISO 3166-1 alpha-2 code (e.g. KP)");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFilter(problems);
    }
    return new FeedFilter(topics, countries);
  }

  /** True when the event passes the filter. */
  public boolean matches(FeedEvent e) {
    return (topics.isEmpty() || intersects(topics, e.topics()))
        && (countries.isEmpty() || intersects(countries, e.countries()));
  }

  private static boolean intersects(Set<String> wanted, Set<String> have) {
    for (String h : have) {
      if (wanted.contains(h)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> split(List<String> params) {
    List<String> out = new ArrayList<>();
    if (params == null) {
      return out;
    }
    for (String p : params) {
      for (String part : p.split(",")) {
        String s = part.strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
