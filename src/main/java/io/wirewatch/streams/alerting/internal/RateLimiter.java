package io.wirewatch.streams.alerting.internal;

import io.wirewatch.alert.AlertIds;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.AlertKind;
import io.wirewatch.avro.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies maxPerHour per subscription (records keyed by subscription id). Alerts are counted in
 * clock hours of their alerted time ({@code alert-rate-counts}: subscription|hour → count); beyond
 * the limit they are folded into {@code alert-digests} and, once the hour is over (checked on the
 * wall clock), sent as one DIGEST alert with the count and the first headlines. Nothing is dropped,
 * except alerts of a subscription that no longer exists.
 */
public final class RateLimiter implements Processor<String, Alert, String, Alert> {
  public static final String COUNTS_STORE = "alert-rate-counts";
  public static final String DIGEST_STORE = "alert-digests";
  private static final long HOUR = Duration.ofHours(1).toMillis();

  private final Duration check;
  private ProcessorContext<String, Alert> context;
  private KeyValueStore<String, Integer> counts;
  private KeyValueStore<String, DigestState> digests;
  private SubscriptionsView subscriptions;

  public RateLimiter(Duration check) {
    this.check = check;
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
    this.counts = context.getStateStore(COUNTS_STORE);
    this.digests = context.getStateStore(DIGEST_STORE);
    this.subscriptions = new SubscriptionsView(context);
    context.schedule(check, PunctuationType.WALL_CLOCK_TIME, this::flush);
  }

  @Override
  public void process(Record<String, Alert> record) {
    Alert a = record.value();
    Subscription s = subscriptions.get(a.getSubscriptionId());
    if (s == null) {
      return;
    }
    long hour = a.getAlerted().toEpochMilli() / HOUR * HOUR;
    String countKey = a.getSubscriptionId() + "|" + hour;
    Integer n = counts.get(countKey);
    int sentThisHour = n == null ? 0 : n;
    if (sentThisHour < s.getMaxPerHour()) {
      counts.put(countKey, sentThisHour + 1);
      context.forward(record);
      return;
    }
    DigestState d = digests.get(a.getSubscriptionId());
    if (d != null && d.hourStart() != hour) {
      emitDigest(a.getSubscriptionId(), d, s.getName(), record.timestamp());
      d = null;
    }
    if (d == null) {
      d = new DigestState(hour, 0, List.of());
    }
    digests.put(a.getSubscriptionId(), d.add("[" + a.getKind() + "] " + a.getHeadline()));
  }

  private void flush(long wallClock) {
    long hour = wallClock / HOUR * HOUR;
    List<KeyValue<String, DigestState>> due = new ArrayList<>();
    try (KeyValueIterator<String, DigestState> it = digests.all()) {
      while (it.hasNext()) {
        KeyValue<String, DigestState> kv = it.next();
        if (kv.value.hourStart() < hour) {
          due.add(kv);
        }
      }
    }
    for (KeyValue<String, DigestState> kv : due) {
      Subscription s = subscriptions.get(kv.key);
      emitDigest(kv.key, kv.value, s == null ? null : s.getName(), wallClock);
    }
    List<String> oldCounts = new ArrayList<>();
    try (KeyValueIterator<String, Integer> it = counts.all()) {
      while (it.hasNext()) {
        String key = it.next().key;
        if (Long.parseLong(key.substring(key.lastIndexOf('|') + 1)) < hour) {
          oldCounts.add(key);
        }
      }
    }
    oldCounts.forEach(counts::delete);
  }

  private void emitDigest(String subscriptionId, DigestState d, String name, long timestamp) {
    digests.delete(subscriptionId);
    if (name == null) {
      return; // the subscription was removed meanwhile
    }
    Instant hour = Instant.ofEpochMilli(d.hourStart());
    String subject = "digest|" + hour;
    Alert digest = Alert.newBuilder()
        .setId(AlertIds.of(subscriptionId, subject, AlertKind.DIGEST.name()))
        .setSubscriptionId(subscriptionId)
        .setSubscriptionName(name)
        .setStoryId(subject)
        .setArticleId("")
        .setKind(AlertKind.DIGEST)
        .setHeadline(d.count() + " more alerts for " + name + " in the hour from " + hour
            + " (over the limit of this subscription)")
        .setSource("wirewatch")
        .setEvidence(String.join("\n", d.headlines()))
        .setConfidence(0)
        .setAlerted(Instant.ofEpochMilli(context.currentSystemTimeMs()))
        .setDigestCount(d.count())
        .build();
    context.forward(new Record<>(subscriptionId, digest, timestamp));
  }
}
