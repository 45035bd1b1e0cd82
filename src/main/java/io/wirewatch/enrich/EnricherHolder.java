package io.wirewatch.enrich;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the current {@link Enricher} so that rules can be reloaded while articles are being
 * enriched: every call sees either the old or the new rule set, never a mix.
 */
public final class EnricherHolder {
  private final AtomicReference<Enricher> current;

  public EnricherHolder(Enricher initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
  }

  public Enricher get() {
    return current.get();
  }

  public Enrichment enrich(ArticleText text) {
    return current.get().enrich(text);
  }

  /** Swaps in new rules; returns the enricher that was replaced. */
  public Enricher swapRules(RuleSet rules) {
    Objects.requireNonNull(rules, "rules");
    return current.getAndUpdate(e -> e.withRules(rules));
  }

  /** Swaps in a whole new enricher; returns the one that was replaced. */
  public Enricher swap(Enricher next) {
    return current.getAndSet(Objects.requireNonNull(next, "next"));
  }
}
