package io.wirewatch.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise quality of a clustering against labels. A pair of distinct articles is positive when both
 * carry the same label; precision is the share of co-clustered pairs that are positive, recall the
 * share of positive pairs that are co-clustered. Also counts events merged with another event and
 * events split over several stories.
 *
 * @param precision pairwise precision (1 when nothing was co-clustered)
 * @param recall pairwise recall (1 when there are no positive pairs)
 * @param mergedEventPairs pairs of different events that share at least one story
 * @param splitEvents events whose articles ended up in more than one story
 * @param stories number of stories made
 * @param events number of labelled events
 */
public record ClusterQuality(double precision, double recall, int mergedEventPairs, int splitEvents,
    int stories, int events) {

  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /**
   * Scores {@code predicted} (article id → story id) against {@code labels} (article id → event label).
   * Articles missing from {@code predicted} are ignored.
   */
  public static ClusterQuality of(Map<String, String> labels, Map<String, String> predicted) {
    List<String> ids = labels.keySet().stream().filter(predicted::containsKey).sorted().toList();
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        boolean same = labels.get(ids.get(i)).equals(labels.get(ids.get(j)));
        boolean together = predicted.get(ids.get(i)).equals(predicted.get(ids.get(j)));
        if (same && together) {
          tp++;
        } else if (together) {
          fp++;
        } else if (same) {
          fn++;
        }
      }
    }
    Map<String, Set<String>> labelsPerStory = new HashMap<>();
    Map<String, Set<String>> storiesPerLabel = new HashMap<>();
    for (String id : ids) {
      labelsPerStory.computeIfAbsent(predicted.get(id), k -> new HashSet<>()).add(labels.get(id));
      storiesPerLabel.computeIfAbsent(labels.get(id), k -> new HashSet<>()).add(predicted.get(id));
    }
    Set<String> mergedPairs = new HashSet<>();
    for (Set<String> ls : labelsPerStory.values()) {
      for (String a : ls) {
        for (String b : ls) {
          if (a.compareTo(b) < 0) {
            mergedPairs.add(a + "|" + b);
          }
        }
      }
    }
    int split = (int) storiesPerLabel.values().stream().filter(s -> s.size() > 1).count();
    double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    return new ClusterQuality(precision, recall, mergedPairs.size(), split, labelsPerStory.size(),
        storiesPerLabel.size());
  }
}
