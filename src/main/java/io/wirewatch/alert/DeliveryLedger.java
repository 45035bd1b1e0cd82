package io.wirewatch.alert;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Subscription;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a desk wants to know about a subscription at a glance: its last alert and whether delivery
 * works. Fed with the alerts of {@code news.alerts} and the dead letters of {@code news.alerts.dlq}
 * (see {@link AlertActivity}); answers with the delivery state:
 *
 * <ul>
 *   <li>{@code paused} / {@code snoozed}: from the subscription (see {@link SubscriptionState}), with
 *       how many alerts were made and not delivered during the quiet spell;
 *   <li>{@code failing}: its newest alert was dead-lettered (the receiver refused it, or retries ran
 *       out), with the reason;
 *   <li>{@code ok}: otherwise, including a subscription that had no alert yet. An alert that is still
 *       being retried counts as ok until it is dead-lettered.
 * </ul>
 *
 * <p>Memory is bounded: per subscription, the last alert, the last dead letter and the times of the
 * last {@link #KEPT_TIMES} alerts. Thread-safe.
 */
public final class DeliveryLedger {
  /** Alert times kept per subscription, to count the alerts of a quiet spell. */
  public static final int KEPT_TIMES = 1000;

  private record Last(String alertId, Instant alerted, String headline, String articleId) {}

  private record Failure(String alertId, Instant alerted, Instant at, String reason) {}

  private static final class Entry {
    Last last;
    Failure failure;
    final Deque<Instant> times = new ArrayDeque<>();
  }

  private final Map<String, Entry> bySubscription = new HashMap<>();

  /** An alert made for {@code a.subscriptionId}. */
  public synchronized void alert(Alert a) {
    Entry e = bySubscription.computeIfAbsent(a.getSubscriptionId(), k -> new Entry());
    Instant t = a.getAlerted();
    if (e.last == null || !t.isBefore(e.last.alerted())) {
      e.last = new Last(a.getId(), t, a.getHeadline(), a.getArticleId());
    }
    e.times.addLast(t);
    if (e.times.size() > KEPT_TIMES) {
      e.times.removeFirst();
    }
  }

  /** An alert dead-lettered at {@code at} for {@code reason}. */
  public synchronized void deadLettered(Alert a, Instant at, String reason) {
    Entry e = bySubscription.computeIfAbsent(a.getSubscriptionId(), k -> new Entry());
    if (e.failure == null || !at.isBefore(e.failure.at())) {
      e.failure = new Failure(a.getId(), a.getAlerted(), at, reason);
    }
  }

  /**
   * The subscription's last alert and delivery state at {@code now}, as JSON-ready maps:
   * {@code {"lastAlert": {"id", "alerted", "headline", "articleId"} | null, "delivery": {"state",
   * "label", "since"?, "until"?, "notDelivered"?, "reason"?, "failedAt"?}}}.
   */
  public synchronized Map<String, Object> summary(Subscription s, Instant now) {
    Entry e = bySubscription.get(s.getId());
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> last = null;
    if (e != null && e.last != null) {
      last = new LinkedHashMap<>();
      last.put("id", e.last.alertId());
      last.put("alerted", e.last.alerted().toString());
      last.put("headline", e.last.headline());
      last.put("articleId", e.last.articleId());
    }
    out.put("lastAlert", last);
    Map<String, Object> d = new LinkedHashMap<>();
    SubscriptionState.State st = SubscriptionState.at(s, now);
    if (st.quiet()) {
      d.put("state", st.mode().name().toLowerCase(java.util.Locale.ROOT));
      d.put("label", st.label());
      d.put("since", st.since().toString());
      if (st.until() != null) {
        d.put("until", st.until().toString());
      }
      d.put("notDelivered", e == null ? 0 : e.times.stream().filter(t -> !t.isBefore(st.since())).count());
    } else if (e != null && e.failure != null
        && (e.last == null || e.failure.alertId().equals(e.last.alertId()) || !e.failure.alerted().isBefore(e.last.alerted()))) {
      d.put("state", "failing");
      d.put("label", "failing");
      d.put("reason", e.failure.reason());
      d.put("failedAt", e.failure.at().toString());
    } else {
      d.put("state", "ok");
      d.put("label", "ok");
    }
    out.put("delivery", d);
    return out;
  }
}
