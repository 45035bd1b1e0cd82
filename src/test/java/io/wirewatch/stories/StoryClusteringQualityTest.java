package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the clusterer over the labelled set in published order and checks the chosen thresholds.
 *
 * <p>The threshold sweep of docs/stories.md is printed (and written to target/stories-sweep.md) by
 * {@code mvn -B -q -o test -Dtest=StoryClusteringQualityTest -Dstories.sweep=true}.
 */
class StoryClusteringQualityTest {
  private static final List<LabelledStories.Row> ROWS = LabelledStories.load();

  static ClusterQuality run(StoryClusterConfig config) {
    StoryIndex index = new StoryIndex(new StoryClusterer(config));
    Map<String, String> labels = new HashMap<>();
    Map<String, String> predicted = new HashMap<>();
    for (LabelledStories.Row row : ROWS) {
      StoryState story = index.add(row.features(config.ledeSentences()));
      labels.put(row.id(), row.story());
      predicted.put(row.id(), story.id());
    }
    return ClusterQuality.of(labels, predicted);
  }

  @Test
  void defaultThresholdsKeepEventsApartAndGroupMostCopies() {
    ClusterQuality q = run(StoryClusterConfig.defaults());
    assertThat(q.events()).isEqualTo(39);
    assertThat(q.precision()).as("pairwise precision").isGreaterThanOrEqualTo(0.95);
    assertThat(q.recall()).as("pairwise recall").isGreaterThanOrEqualTo(0.85);
    assertThat(q.mergedEventPairs()).as("pairs of different events merged").isZero();
  }

  @Test
  void aRevisionStaysInTheStoryOfItsFirstRevision() {
    StoryIndex index = new StoryIndex(new StoryClusterer(StoryClusterConfig.defaults()));
    Map<String, String> first = new HashMap<>();
    int revisions = 0;
    for (LabelledStories.Row row : ROWS) {
      StoryState s = index.add(row.features(2));
      if (row.revision() > 1) {
        revisions++;
        assertThat(s.id()).as(row.id()).isEqualTo(first.get(row.id()));
      } else {
        first.put(row.id(), s.id());
      }
    }
    assertThat(revisions).isEqualTo(3);
  }

  @Test
  void explain() {
    Assumptions.assumeTrue(System.getProperty("stories.explain") != null,
        "a tool, not a check: run with -Dstories.explain=<threshold>,<text weight>");
    String[] tw = System.getProperty("stories.explain").split(",");
    StoryClusterConfig config = StoryClusterConfig.defaults().withThreshold(Double.parseDouble(tw[0]))
        .withTextWeight(Double.parseDouble(tw[1]));
    StoryIndex index = new StoryIndex(new StoryClusterer(config));
    Map<String, java.util.Set<String>> labelsPerStory = new java.util.TreeMap<>();
    for (LabelledStories.Row row : ROWS) {
      StoryState story = index.add(row.features(config.ledeSentences()));
      labelsPerStory.computeIfAbsent(story.id(), k -> new java.util.TreeSet<>()).add(row.story());
    }
    labelsPerStory.forEach((k, v) -> System.out.println(k + " " + v));
  }

  @Test
  void sweep() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("stories.sweep"), "a tool, not a check: run with -Dstories.sweep=true");
    StringBuilder table = new StringBuilder(
        "| threshold | text weight | stories | precision | recall | F1 | merged event pairs | split events |\n"
            + "|---|---|---|---|---|---|---|---|\n");
    for (double w : new double[] {0.3, 0.4, 0.5, 0.6}) {
      for (double t : new double[] {0.44, 0.48, 0.52, 0.56, 0.60, 0.64, 0.68}) {
        ClusterQuality q = run(StoryClusterConfig.defaults().withTextWeight(w).withThreshold(t));
        table.append(String.format(Locale.ROOT, "| %.2f | %.1f | %d | %.3f | %.3f | %.3f | %d | %d |%n", t, w,
            q.stories(), q.precision(), q.recall(), q.f1(), q.mergedEventPairs(), q.splitEvents()));
      }
    }
    System.out.println(table);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/stories-sweep.md"), table);
  }
}
