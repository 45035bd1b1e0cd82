package io.wirewatch.web;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One event of the live feed, as sent over Server-Sent Events.
 *
 * @param id the SSE event id: {@code <kafka topic>:<partition>:<offset>} for records read from Kafka
 *     (stable across restarts, so a client can resume), or any unique string for events fed directly
 * @param seq position in this process's feed, increasing; orders events of different partitions
 * @param kind the SSE event name: {@code article}, {@code alert}, {@code story} or {@code surge}
 * @param time when the event happened (enrichment, alert, story update or surge detection time)
 * @param topics event-topic ids the event is about (used by the {@code topic} filter)
 * @param countries alpha-2 codes the event is about (used by the {@code country} filter)
 * @param json the event's data, one line of JSON
 */
public record FeedEvent(String id, long seq, Kind kind, Instant time, Set<String> topics,
    Set<String> countries, String json) {

  /** What an event carries; the lower-case name is the SSE event name. */
  public enum Kind {
    ARTICLE, ALERT, STORY, SURGE;

    /** The SSE event name, e.g. {@code article}. */
    public String eventName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public FeedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(time, "time");
    topics = Set.copyOf(topics);
    countries = Set.copyOf(countries);
    Objects.requireNonNull(json, "json");
  }
}
