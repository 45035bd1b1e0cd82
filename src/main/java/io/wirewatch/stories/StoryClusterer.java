package io.wirewatch.stories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which story an article belongs to. Pure functions over {@link StoryState}: the caller owns
 * the states (a map in {@link StoryIndex}, a state store in Kafka Streams).
 *
 * <p>An article may join a story only if the story saw an article within the window, they share at
 * least one event topic and at least one primary country (an empty set on either side passes). The
 * score is then {@code textWeight × text + (1 - textWeight) × (countryShare × countries +
 * (1 - countryShare) × topics)}, where text is the best Jaccard similarity of headline-and-lede terms
 * with any remembered article of the story, and countries and topics are Jaccard similarities of the
 * tag sets. The article joins the best-scoring story at or above the threshold, else starts a new one.
 *
 * <p>Thread-safe (stateless apart from its configuration).
 */
public final class StoryClusterer {
  private final StoryClusterConfig config;

  public StoryClusterer(StoryClusterConfig config) {
    List<String> problems = config.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    this.config = config;
  }

  public StoryClusterConfig config() {
    return config;
  }

  /** The story id for a story started by {@code articleId}: stable across replays. */
  public static String storyId(String articleId) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
      return "story-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  /** The score of {@code article} (whose terms are given) against {@code story}, or -1 when a gate keeps them apart. */
  private double score(ArticleFeatures article, Set<String> terms, StoryState story) {
    long window = config.window().toMillis();
    if (article.timeMillis() > story.lastSeen() + window || article.timeMillis() < story.firstSeen() - window) {
      return -1;
    }
    // the gates are checked on the plain lists first: most stories fail them, and cheaply
    if (!overlapsOrEmpty(article.topics(), story.topics()) || !overlapsOrEmpty(article.countries(), story.countries())) {
      return -1;
    }
    double text = 0;
    for (StoryState.Member m : story.members()) {
      text = Math.max(text, jaccard(terms, m.terms()));
    }
    double tags = config.countryShare() * jaccard(article.countries(), story.countries())
        + (1 - config.countryShare()) * jaccard(article.topics(), story.topics());
    return config.textWeight() * text + (1 - config.textWeight()) * tags;
  }

  /** The story {@code article} joins, if any scores at or above the threshold; ties go to the first. */
  public Optional<StoryState> bestMatch(ArticleFeatures article, Iterable<StoryState> stories) {
    Set<String> terms = new HashSet<>(article.terms());
    StoryState best = null;
    double bestScore = -1;
    for (StoryState s : stories) {
      double score = score(article, terms, s);
      if (score >= config.threshold() && score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** As {@link #bestMatch(ArticleFeatures, Iterable)} over the stories of {@code open} the article could join. */
  public Optional<StoryState> bestMatch(ArticleFeatures article, OpenStories open) {
    return bestMatch(article, open.candidates(article));
  }

  /** A new story made of {@code article} alone. */
  public StoryState start(ArticleFeatures a) {
    return new StoryState(storyId(a.id()), a.headline(), a.headline(), a.url(), List.of(a.id()),
        List.of(a.source()), a.timeMillis(), a.timeMillis(), sorted(a.topics()), sorted(a.countries()),
        StoryState.Phase.NEW, List.of(new StoryState.Member(a.id(), a.terms())));
  }

  /**
   * {@code story} with {@code a} added. A revision of an article already in the story replaces its
   * terms and moves lastSeen, but adds no article and no source.
   */
  public StoryState add(StoryState story, ArticleFeatures a) {
    List<String> ids = new ArrayList<>(story.articleIds());
    List<StoryState.Member> members = new ArrayList<>(story.members());
    boolean revision = ids.contains(a.id());
    Set<String> sources = new LinkedHashSet<>(story.sources());
    if (revision) {
      members.replaceAll(m -> m.articleId().equals(a.id()) ? new StoryState.Member(a.id(), a.terms()) : m);
    } else {
      ids.add(a.id());
      sources.add(a.source());
      if (members.size() < config.maxMembers()) {
        members.add(new StoryState.Member(a.id(), a.terms()));
      }
    }
    Set<String> topics = new LinkedHashSet<>(story.topics());
    topics.addAll(a.topics());
    Set<String> countries = new LinkedHashSet<>(story.countries());
    countries.addAll(a.countries());
    StoryState.Phase phase = story.phase() == StoryState.Phase.DEVELOPING
        || sources.size() >= config.developingSources() ? StoryState.Phase.DEVELOPING : StoryState.Phase.NEW;
    return new StoryState(story.id(), story.firstHeadline(), a.headline(), story.url(), List.copyOf(ids),
        List.copyOf(sources), Math.min(story.firstSeen(), a.timeMillis()), Math.max(story.lastSeen(), a.timeMillis()),
        sorted(topics), sorted(countries), phase, List.copyOf(members));
  }

  /** True when {@code story} can take no more articles at stream time {@code nowMillis}. */
  public boolean expired(StoryState story, long nowMillis) {
    return nowMillis > story.lastSeen() + config.window().toMillis();
  }

  private static boolean overlapsOrEmpty(Set<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /** Jaccard similarity of a set and a list of distinct elements (story terms and tags are distinct). */
  static double jaccard(Set<String> a, List<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String x : b) {
      if (a.contains(x)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }
}
