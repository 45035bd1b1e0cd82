package io.wirewatch.alert;

import io.wirewatch.enrich.RuleSet;
import java.util.List;

/**
 * The ids of the event topics subscriptions may name: those of the default enrichment rule set (the
 * one source of truth), in its order.
 */
public final class EventTopics {
  public static final List<String> IDS = RuleSet.defaults().topics().stream().map(RuleSet.Topic::id).toList();

  private EventTopics() {}
}
