package io.wirewatch.stories;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Thresholds of the story clusterer. The defaults were chosen by a sweep over the labelled set (see
 * {@code docs/stories.md}); change them only with a new measurement.
 *
 * @param threshold lowest combined score at which an article joins a story (0..1)
 * @param textWeight weight of the headline-and-lede similarity in the score; the rest goes to
 *     country and topic overlap, split {@code countryShare} : 1 - {@code countryShare}
 * @param countryShare share of the non-text weight given to country overlap
 * @param window how long after its newest article a story still takes new articles
 * @param developingSources distinct sources at which a story turns DEVELOPING
 * @param ledeSentences how many opening sentences of the body are compared
 * @param maxMembers how many articles' terms a story keeps for comparison (the earliest)
 */
public record StoryClusterConfig(double threshold, double textWeight, double countryShare, Duration window,
    int developingSources, int ledeSentences, int maxMembers) {

  /** The measured defaults. */
  public static StoryClusterConfig defaults() {
    return new StoryClusterConfig(0.64, 0.3, 0.5, Duration.ofHours(48), 4, 2, 12);
  }

  public StoryClusterConfig withThreshold(double t) {
    return new StoryClusterConfig(t, textWeight, countryShare, window, developingSources, ledeSentences, maxMembers);
  }

  public StoryClusterConfig withTextWeight(double w) {
    return new StoryClusterConfig(threshold, w, countryShare, window, developingSources, ledeSentences, maxMembers);
  }

  public StoryClusterConfig withWindow(Duration w) {
    return new StoryClusterConfig(threshold, textWeight, countryShare, w, developingSources, ledeSentences, maxMembers);
  }

  public StoryClusterConfig withDevelopingSources(int n) {
    return new StoryClusterConfig(threshold, textWeight, countryShare, window, n, ledeSentences, maxMembers);
  }

  /** Every problem with these values, each naming the key, the value and the fix; empty when valid. */
  public List<String> problems() {
    List<String> p = new ArrayList<>();
    if (!(threshold > 0 && threshold <= 1)) {
      p.add("stories.threshold must be in (0, 1], got " + threshold);
    }
    if (!(textWeight >= 0 && textWeight <= 1)) {
      p.add("stories.text-weight must be in [0, 1], got " + textWeight);
    }
    if (!(countryShare >= 0 && countryShare <= 1)) {
      p.add("stories.country-share must be in [0, 1], got " + countryShare);
    }
    if (window == null || window.isNegative() || window.isZero()) {
      p.add("stories.window must be a positive duration such as PT48H, got " + window);
    }
    if (developingSources < 2) {
      p.add("stories.developing-sources must be >= 2, got " + developingSources);
    }
    if (ledeSentences < 1) {
      p.add("stories.lede-sentences must be >= 1, got " + ledeSentences);
    }
    if (maxMembers < 1) {
      p.add("stories.max-members must be >= 1, got " + maxMembers);
    }
    return p;
  }
}
