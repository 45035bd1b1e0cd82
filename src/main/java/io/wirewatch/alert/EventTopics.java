package io.wirewatch.alert;

import java.util.List;

/**
 * The ids of the default event topics (docs: EVENT-TOPICS.md), in the order of that table. The one
 * list subscriptions are validated against; to be replaced by the enrichment rule set's own list
 * once that is the source of truth.
 */
public final class EventTopics {
  public static final List<String> IDS = List.of(
      "sanctions-imposed", "sanctions-blocked", "sanctions-lifted", "un-veto", "un-resolution-adopted",
      "missile-launch", "nuclear", "diplomat-expelled", "relations-downgraded", "relations-restored",
      "summit-meeting", "negotiations", "agreement-signed", "ceasefire", "military-escalation",
      "condemnation", "detention-release", "humanitarian-aid");

  private EventTopics() {}
}
