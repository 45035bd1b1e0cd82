package io.wirewatch.replay.export;

import io.wirewatch.avro.Article;
import io.wirewatch.avro.CountryTag;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The flat CSV columns of an export. Lists are joined with {@code ;} inside one cell; a raw
 * article leaves the tag columns empty; {@code confidence} is the highest event confidence.
 */
public final class CsvColumns {
  /** Header row, in order. */
  public static final List<String> HEADER = List.of(
      "id", "published", "source", "headline", "url", "countries", "primary_countries", "event_topics", "confidence");

  private CsvColumns() {}

  public static List<String> row(Article a) {
    return List.of(a.getId(), time(a), a.getSource(), a.getHeadline(), nz(a.getUrl()), "", "", "", "");
  }

  public static List<String> row(EnrichedArticle e) {
    Article a = e.getArticle();
    StringBuilder all = new StringBuilder();
    StringBuilder primary = new StringBuilder();
    for (CountryTag c : e.getCountries()) {
      join(all, c.getCode());
      if (c.getPrimary()) {
        join(primary, c.getCode());
      }
    }
    Set<String> topics = new LinkedHashSet<>();
    double best = -1;
    for (EventMatch m : e.getEvents()) {
      topics.add(m.getTopic());
      best = Math.max(best, m.getConfidence());
    }
    return List.of(e.getId(), time(a), a.getSource(), a.getHeadline(), nz(a.getUrl()), all.toString(),
        primary.toString(), String.join(";", topics), best < 0 ? "" : String.format(java.util.Locale.ROOT, "%.3f", best));
  }

  private static void join(StringBuilder sb, String s) {
    if (sb.length() > 0) {
      sb.append(';');
    }
    sb.append(s);
  }

  private static String time(Article a) {
    return a.getPublished() == null ? "" : a.getPublished().toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
