package io.wirewatch.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory story index: the clusterer plus the open stories and which story each article went
 * to. For replay, backtests and the threshold measurement; the Streams processor keeps the same
 * state in stores. Not thread-safe.
 */
public final class StoryIndex {
  private final StoryClusterer clusterer;
  private final OpenStories open = new OpenStories();
  private final Map<String, String> storyOfArticle = new HashMap<>();

  public StoryIndex(StoryClusterer clusterer) {
    this.clusterer = clusterer;
  }

  /** Adds {@code article} (in published order) and returns the story it now belongs to. */
  public StoryState add(ArticleFeatures article) {
    List<String> expired = open.all().stream().filter(s -> clusterer.expired(s, article.timeMillis()))
        .map(StoryState::id).toList();
    expired.forEach(open::remove);
    String known = storyOfArticle.get(article.id());
    StoryState story = known == null ? null : open.get(known);
    if (story == null) {
      story = clusterer.bestMatch(article, open).orElse(null);
    }
    StoryState next = story == null ? clusterer.start(article) : clusterer.add(story, article);
    open.put(next);
    storyOfArticle.put(article.id(), next.id());
    return next;
  }
}
