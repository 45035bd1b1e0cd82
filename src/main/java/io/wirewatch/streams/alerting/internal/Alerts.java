package io.wirewatch.streams.alerting.internal;

import io.wirewatch.alert.AlertFilter;
import io.wirewatch.alert.AlertIds;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.AlertKind;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.EventMatch;
import io.wirewatch.avro.Subscription;
import io.wirewatch.avro.Surge;
import java.time.Instant;
import java.util.List;

/** Builds Alert records. */
public final class Alerts {
  private Alerts() {}

  public static Alert forArticle(Subscription s, String storyId, EnrichedArticle a, AlertKind kind,
      AlertFilter.Match match, long alertedMillis) {
    List<String> topics;
    double confidence;
    String evidence;
    if (match != null) {
      topics = match.topics();
      confidence = match.confidence();
      evidence = match.evidence();
    } else {
      topics = a.getEvents().stream().map(EventMatch::getTopic).distinct().toList();
      EventMatch best = a.getEvents().isEmpty() ? null : a.getEvents().get(0);
      confidence = best == null ? 0 : best.getConfidence();
      evidence = best == null ? null : best.getSentence();
    }
    return Alert.newBuilder()
        .setId(AlertIds.of(s.getId(), storyId, kind.name()))
        .setSubscriptionId(s.getId())
        .setSubscriptionName(s.getName())
        .setStoryId(storyId)
        .setArticleId(a.getId())
        .setKind(kind)
        .setEventTopics(topics)
        .setCountries(AlertFilter.primaryCountries(a))
        .setHeadline(a.getArticle().getHeadline())
        .setUrl(a.getArticle().getUrl())
        .setSource(a.getArticle().getSource())
        .setEvidence(evidence)
        .setConfidence(confidence)
        .setPublished(a.getArticle().getPublished())
        .setIngested(a.getArticle().getIngested())
        .setAlerted(Instant.ofEpochMilli(alertedMillis))
        .setDigestCount(0)
        .build();
  }

  /** A SURGE alert: storyId and articleId hold the surge id. */
  public static Alert forSurge(Subscription s, Surge surge, long alertedMillis) {
    return Alert.newBuilder()
        .setId(AlertIds.of(s.getId(), surge.getId(), AlertKind.SURGE.name()))
        .setSubscriptionId(s.getId())
        .setSubscriptionName(s.getName())
        .setStoryId(surge.getId())
        .setArticleId(surge.getId())
        .setKind(AlertKind.SURGE)
        .setEventTopics(List.of(surge.getTopic()))
        .setCountries(List.of(surge.getCountry()))
        .setHeadline(String.format(java.util.Locale.ROOT, "Surge: %d %s articles on %s in the last hour (%.1f× the usual %.1f/h)",
            surge.getCount(), surge.getTopic(), surge.getCountry(), surge.getRatio(), surge.getBaselineHourlyMean()))
        .setUrl(null)
        .setSource("wirewatch")
        .setEvidence(surge.getSampleHeadline())
        .setConfidence(1.0)
        .setAlerted(Instant.ofEpochMilli(alertedMillis))
        .setDigestCount(0)
        .build();
  }
}
