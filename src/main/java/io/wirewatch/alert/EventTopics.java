package io.wirewatch.alert;

import io.wirewatch.enrich.RuleSet;
import java.util.List;

/**
 * The ids of the event topics of the bundled enrichment rule set, in its order. A deployment that
 * runs its own rules checks subscriptions against the topics the enrich role publishes
 * ({@link RuleTopicsLog}); these are the fallback until it has.
 */
public final class EventTopics {
  public static final List<String> IDS = RuleSet.defaults().topics().stream().map(RuleSet.Topic::id).toList();

  private EventTopics() {}
}
