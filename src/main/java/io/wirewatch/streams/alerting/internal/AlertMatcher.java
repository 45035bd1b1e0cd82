package io.wirewatch.streams.alerting.internal;

import io.wirewatch.alert.AlertFilter;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.AlertKind;
import io.wirewatch.avro.Subscription;
import io.wirewatch.stories.StoryState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns story updates into alerts: one NEW per (subscription, story) on the first article that
 * matches the subscription, and at most one UPDATE when the story turns DEVELOPING, for subscriptions
 * that had the NEW and want updates. What was sent is kept in {@code alerts-sent}
 * (subscription|story|kind → time), which forgets entries after the alert memory.
 */
public final class AlertMatcher implements Processor<String, StoryUpdate, String, Alert> {
  public static final String SENT_STORE = "alerts-sent";

  private final Duration memory;
  private ProcessorContext<String, Alert> context;
  private KeyValueStore<String, Long> sent;
  private SubscriptionsView subscriptions;

  public AlertMatcher(Duration memory) {
    this.memory = memory;
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
    this.sent = context.getStateStore(SENT_STORE);
    this.subscriptions = new SubscriptionsView(context);
    context.schedule(Duration.ofMinutes(10), PunctuationType.STREAM_TIME, this::forget);
  }

  @Override
  public void process(Record<String, StoryUpdate> record) {
    StoryUpdate u = record.value();
    StoryState story = u.story();
    long now = context.currentSystemTimeMs();
    for (Subscription s : subscriptions.all()) {
      String newKey = key(s.getId(), story.id(), AlertKind.NEW);
      String updateKey = key(s.getId(), story.id(), AlertKind.UPDATE);
      if (sent.get(newKey) == null) {
        Optional<AlertFilter.Match> m = AlertFilter.match(s, u.article());
        if (m.isPresent()) {
          emit(Alerts.forArticle(s, story.id(), u.article(), AlertKind.NEW, m.get(), now), record.timestamp());
          sent.put(newKey, record.timestamp());
          if (story.phase() == StoryState.Phase.DEVELOPING) {
            // the subscriber hears of the story for the first time when it is already developing: one alert is enough
            sent.put(updateKey, record.timestamp());
          }
        }
      } else if (s.getUpdates() && story.phase() == StoryState.Phase.DEVELOPING && sent.get(updateKey) == null) {
        AlertFilter.Match m = AlertFilter.match(s, u.article()).orElse(null);
        emit(Alerts.forArticle(s, story.id(), u.article(), AlertKind.UPDATE, m, now), record.timestamp());
        sent.put(updateKey, record.timestamp());
      }
    }
  }

  private void emit(Alert alert, long timestamp) {
    context.forward(new Record<>(alert.getSubscriptionId(), alert, timestamp));
  }

  private void forget(long streamTime) {
    List<String> old = new ArrayList<>();
    try (KeyValueIterator<String, Long> it = sent.all()) {
      while (it.hasNext()) {
        KeyValue<String, Long> kv = it.next();
        if (kv.value < streamTime - memory.toMillis()) {
          old.add(kv.key);
        }
      }
    }
    old.forEach(sent::delete);
  }

  static String key(String subscriptionId, String storyId, AlertKind kind) {
    return subscriptionId + "|" + storyId + "|" + kind.name();
  }
}
