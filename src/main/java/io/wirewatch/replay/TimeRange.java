package io.wirewatch.replay;

import io.wirewatch.UserException;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open range of record timestamps, {@code [from, to)}. A null {@code to} means "up to the
 * end of the topic as it is when the read starts".
 */
public record TimeRange(Instant from, Instant to) {
  public TimeRange {
    Objects.requireNonNull(from, "from");
    if (to != null && !from.isBefore(to)) {
      throw new UserException("--from " + from + " is not before --to " + to
          + ": the range is [from, to), so give a --from earlier than --to (or leave --to out to read to the end)");
    }
  }

  /** Reads {@code --from} and {@code --to} as {@link TimeSpec} values against one clock reading. */
  public static TimeRange parse(String from, String to, Instant now) {
    Instant f = TimeSpec.parse("--from", from, now);
    Instant t = TimeSpec.parseOptional("--to", to, now);
    return new TimeRange(f, t);
  }

  /** True when a record with this timestamp (epoch millis) falls in the range. */
  public boolean contains(long timestampMs) {
    return timestampMs >= from.toEpochMilli() && (to == null || timestampMs < to.toEpochMilli());
  }

  @Override
  public String toString() {
    return "[" + from + ", " + (to == null ? "end" : to.toString()) + ")";
  }
}
