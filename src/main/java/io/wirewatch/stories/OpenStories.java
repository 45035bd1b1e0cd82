package io.wirewatch.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The open stories by id, indexed by primary country so an article is scored only against the
 * stories it could join. {@link StoryClusterer#score} keeps a story and an article apart unless they
 * share a primary country (or one side has none), so the candidates of an article with countries are
 * the stories of those countries plus the stories without any; an article without countries is
 * scored against every story. Without the index every article was scored against every story open
 * in the window, and a busy news day made the clusterer slower with each story it opened.
 *
 * <p>Candidates come sorted by story id, so the choice between equal scores does not depend on the
 * order in which stories were opened or restored. Not thread-safe.
 */
public final class OpenStories {
  private final Map<String, StoryState> byId = new LinkedHashMap<>();
  private final Map<String, Set<String>> byCountry = new HashMap<>();
  private final Set<String> withoutCountry = new HashSet<>();

  public StoryState get(String id) {
    return byId.get(id);
  }

  public int size() {
    return byId.size();
  }

  public Collection<StoryState> all() {
    return Collections.unmodifiableCollection(byId.values());
  }

  /** Adds or replaces a story (a story only ever gains countries). */
  public void put(StoryState story) {
    StoryState before = byId.put(story.id(), story);
    if (before != null) {
      unindex(before);
    }
    if (story.countries().isEmpty()) {
      withoutCountry.add(story.id());
    }
    for (String c : story.countries()) {
      byCountry.computeIfAbsent(c, k -> new HashSet<>()).add(story.id());
    }
  }

  public StoryState remove(String id) {
    StoryState gone = byId.remove(id);
    if (gone != null) {
      unindex(gone);
    }
    return gone;
  }

  /** The stories {@code article} may join, in story-id order. */
  public List<StoryState> candidates(ArticleFeatures article) {
    Set<String> ids;
    if (article.countries().isEmpty()) {
      ids = byId.keySet();
    } else {
      ids = new HashSet<>(withoutCountry);
      for (String c : article.countries()) {
        ids.addAll(byCountry.getOrDefault(c, Set.of()));
      }
    }
    List<String> sorted = new ArrayList<>(ids);
    Collections.sort(sorted);
    List<StoryState> out = new ArrayList<>(sorted.size());
    for (String id : sorted) {
      out.add(byId.get(id));
    }
    return out;
  }

  private void unindex(StoryState story) {
    withoutCountry.remove(story.id());
    for (String c : story.countries()) {
      Set<String> ids = byCountry.get(c);
      if (ids != null) {
        ids.remove(story.id());
        if (ids.isEmpty()) {
          byCountry.remove(c);
        }
      }
    }
  }
}
