package io.wirewatch.alert;

import io.wirewatch.avro.CountryTag;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EntityMention;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.avro.Subscription;
import io.wirewatch.avro.Surge;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an enriched article or a surge is something a subscription asked for. Every non-empty filter
 * must pass; an empty list means any.
 *
 * <ul>
 *   <li>topics: at least one event match of the article has one of the topics; only an article with at
 *       least one event match can alert (articles with no diplomatic event are not news here);
 *   <li>countries: at least one of the article's PRIMARY countries (the 1–3 the story is about) is in
 *       the list — a passing mention of a country does not alert its desk;
 *   <li>entities: an entity mention whose id (e.g. {@code person:kim-jong-un}) or name equals one of
 *       them, ignoring case;
 *   <li>keywords: any of them appears as a whole word or phrase in headline or body, ignoring case;
 *   <li>minConfidence: the best confidence among the event matches that passed the topic filter.
 * </ul>
 *
 * <p>A surge matches on topic and country only, and only subscriptions without entity or keyword
 * filters (a surge has neither). Stateless and thread-safe.
 */
public final class AlertFilter {
  private AlertFilter() {}

  /** Why an article matched: its matching topics, best confidence and the sentence behind it. */
  public record Match(List<String> topics, double confidence, String evidence) {}

  public static Optional<Match> match(Subscription s, EnrichedArticle a) {
    EventMatch best = null;
    Set<String> topics = new LinkedHashSet<>();
    for (EventMatch e : a.getEvents()) {
      if (s.getTopics().isEmpty() || s.getTopics().contains(e.getTopic())) {
        topics.add(e.getTopic());
        if (best == null || e.getConfidence() > best.getConfidence()) {
          best = e;
        }
      }
    }
    if (best == null || best.getConfidence() < s.getMinConfidence()) {
      return Optional.empty();
    }
    if (!s.getCountries().isEmpty() && primaryCountries(a).stream().noneMatch(s.getCountries()::contains)) {
      return Optional.empty();
    }
    if (!s.getEntities().isEmpty() && !hasEntity(a.getEntities(), s.getEntities())) {
      return Optional.empty();
    }
    if (!s.getKeywords().isEmpty() && !hasKeyword(a, s.getKeywords())) {
      return Optional.empty();
    }
    return Optional.of(new Match(List.copyOf(topics), best.getConfidence(), best.getSentence()));
  }

  public static boolean matches(Subscription s, Surge surge) {
    return s.getEntities().isEmpty() && s.getKeywords().isEmpty()
        && (s.getTopics().isEmpty() || s.getTopics().contains(surge.getTopic()))
        && (s.getCountries().isEmpty() || s.getCountries().contains(surge.getCountry()));
  }

  /** The article's primary countries, most salient first. */
  public static List<String> primaryCountries(EnrichedArticle a) {
    return a.getCountries().stream().filter(CountryTag::getPrimary).map(CountryTag::getCode).toList();
  }

  private static boolean hasEntity(List<EntityMention> mentions, List<String> wanted) {
    for (EntityMention m : mentions) {
      for (String w : wanted) {
        if (w.equalsIgnoreCase(m.getId()) || w.equalsIgnoreCase(m.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasKeyword(EnrichedArticle a, List<String> keywords) {
    String text = (a.getArticle().getHeadline() + "\n" + a.getArticle().getBody()).toLowerCase(Locale.ROOT);
    for (String k : keywords) {
      Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(k.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])");
      if (p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
