package io.wirewatch.alert;

import io.wirewatch.UserException;
import java.util.List;

/** A subscription that breaks one or more rules; the message lists every problem, one per line. */
public final class InvalidSubscriptionException extends UserException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public InvalidSubscriptionException(List<String> problems) {
    super("invalid subscription:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem names the field, the bad value, the rule and the fix. */
  public List<String> problems() {
    return problems;
  }
}
