package io.wirewatch.stories;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the story clusterer needs to know about one article revision: identity, source, text and the
 * tags the enrichment gave it. Immutable; {@code topics} and {@code countries} are copied.
 *
 * @param id article id (a revision repeats it)
 * @param revision revision number, from 1
 * @param source outlet or agency
 * @param headline headline
 * @param lede the opening sentences of the body (the clusterer reads no further)
 * @param url canonical URL, may be null
 * @param topics event-topic ids the article reports
 * @param countries primary countries (ISO 3166-1 alpha-2)
 * @param timeMillis when the article was published (or ingested, when the source gave no time)
 */
public record ArticleFeatures(String id, int revision, String source, String headline, String lede,
    String url, Set<String> topics, Set<String> countries, long timeMillis) {

  public ArticleFeatures {
    Objects.requireNonNull(id, "id");
    source = source == null ? "unknown" : source;
    headline = headline == null ? "" : headline;
    lede = lede == null ? "" : lede;
    topics = Set.copyOf(topics);
    countries = Set.copyOf(countries);
  }

  /** The terms the text similarity compares: headline and lede, normalised. */
  public List<String> terms() {
    return Terms.of(headline + " " + lede);
  }

  /** The first {@code n} sentences of {@code body}: a lede. */
  public static String lede(String body, int n) {
    if (body == null) {
      return "";
    }
    String text = body.strip();
    int end = 0;
    int found = 0;
    // A sentence ends at . ! or ? followed by whitespace; abbreviations such as "U.S." have no space
    // after the inner dots, so they do not end one.
    for (int i = 0; i < text.length() && found < n; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        found++;
        end = i + 1;
      }
    }
    return found < n ? text : text.substring(0, end);
  }
}
