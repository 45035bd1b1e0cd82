package io.wirewatch.registry;

import java.util.List;

/** The answer to a compatibility test: whether it passed, and the registry's reasons when not. */
public record CompatibilityCheck(boolean compatible, List<String> messages) {
  public CompatibilityCheck {
    messages = messages == null ? List.of() : List.copyOf(messages);
  }
}
