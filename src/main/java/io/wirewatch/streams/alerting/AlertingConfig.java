package io.wirewatch.streams.alerting;

import io.wirewatch.UserException;
import io.wirewatch.stories.StoryClusterConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the alerting topology.
 *
 * @param stories clustering thresholds
 * @param alertMemory how long the topology remembers which alerts it sent (no second NEW within it)
 * @param surgeFactor k: the last hour must hold at least k times the trailing 24-hour hourly mean
 * @param surgeMinArticles m: and at least m articles
 * @param surgeAdvance hop of the one-hour surge windows
 * @param digestCheck how often (wall clock) full-hour digests are flushed
 */
public record AlertingConfig(StoryClusterConfig stories, Duration alertMemory, double surgeFactor,
    int surgeMinArticles, Duration surgeAdvance, Duration digestCheck) {

  public static AlertingConfig defaults() {
    return new AlertingConfig(StoryClusterConfig.defaults(), Duration.ofDays(7), 3.0, 5, Duration.ofMinutes(15),
        Duration.ofMinutes(1));
  }

  public AlertingConfig withStories(StoryClusterConfig s) {
    return new AlertingConfig(s, alertMemory, surgeFactor, surgeMinArticles, surgeAdvance, digestCheck);
  }

  public AlertingConfig withSurge(double k, int m) {
    return new AlertingConfig(stories, alertMemory, k, m, surgeAdvance, digestCheck);
  }

  /** Every problem, each with key, value and fix. */
  public List<String> problems() {
    List<String> p = new ArrayList<>(stories.problems());
    if (alertMemory == null || alertMemory.compareTo(stories.window()) < 0) {
      p.add("alerting.alert-memory must be at least stories.window (" + stories.window() + "), got " + alertMemory);
    }
    if (!(surgeFactor >= 1)) {
      p.add("alerting.surge-factor (k) must be >= 1, got " + surgeFactor);
    }
    if (surgeMinArticles < 1) {
      p.add("alerting.surge-min-articles (m) must be >= 1, got " + surgeMinArticles);
    }
    if (surgeAdvance == null || surgeAdvance.isZero() || surgeAdvance.isNegative()
        || Duration.ofHours(1).toMillis() % surgeAdvance.toMillis() != 0) {
      p.add("alerting.surge-advance must divide one hour (e.g. PT5M), got " + surgeAdvance);
    }
    if (digestCheck == null || digestCheck.isZero() || digestCheck.isNegative()) {
      p.add("alerting.digest-check must be positive (e.g. PT1M), got " + digestCheck);
    }
    return p;
  }

  /** Throws a {@link UserException} listing every problem, if any. */
  public AlertingConfig validated() {
    List<String> p = problems();
    if (!p.isEmpty()) {
      throw new UserException("invalid alerting configuration:\n  - " + String.join("\n  - ", p));
    }
    return this;
  }
}
