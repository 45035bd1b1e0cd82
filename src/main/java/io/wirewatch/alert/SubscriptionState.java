package io.wirewatch.alert;

import io.wirewatch.UserException;
import io.wirewatch.avro.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a subscription delivers, is paused or is snoozed, and the changes between those states.
 *
 * <p>The state lives in the subscription record as one quiet spell, {@code [quietFrom, quietUntil)}:
 *
 * <ul>
 *   <li><b>active</b>: never quiet, or the last spell is over;
 *   <li><b>paused</b>: {@code quietFrom} set, {@code quietUntil} null — until someone resumes it;
 *   <li><b>snoozed</b>: {@code quietUntil} in the future — it ends by itself at that instant, with no
 *       write and no restart, because every reader compares it with its clock.
 * </ul>
 *
 * <p>An alert is held back (never delivered, never queued for later) when the subscription is quiet
 * at delivery time, or when the alert was made during the last quiet spell: a delivery consumer that
 * was behind does not burst the alerts of a pause after the resume. Pure functions; thread-safe.
 */
public final class SubscriptionState {
  /** Longest snooze; beyond it, pausing says what is meant. */
  public static final Duration MAX_SNOOZE = Duration.ofDays(90);

  private static final Pattern SHORT_DURATION =
      Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?", Pattern.CASE_INSENSITIVE);
  private static final String FORMS = "an ISO-8601 instant such as 2026-12-05T18:00:00Z (or with an offset,"
      + " +01:00) or a duration from now such as 2h, 90m, 1d, 1h30m or PT2H";

  private SubscriptionState() {}

  /** What a subscription does with alerts. */
  public enum Mode { ACTIVE, PAUSED, SNOOZED }

  /**
   * A subscription's state at one instant.
   *
   * @param mode active, paused or snoozed
   * @param since when the quiet spell began (paused or snoozed), else null
   * @param until when the snooze ends (snoozed only), else null
   */
  public record State(Mode mode, Instant since, Instant until) {
    /** {@code active}, {@code paused} or {@code snoozed until <instant>}. */
    public String label() {
      return switch (mode) {
        case ACTIVE -> "active";
        case PAUSED -> "paused";
        case SNOOZED -> "snoozed until " + until;
      };
    }

    public boolean quiet() {
      return mode != Mode.ACTIVE;
    }
  }

  /** A change that cannot be made: the message names the value, the rule and the fix. */
  public static final class InvalidChange extends UserException {
    private static final long serialVersionUID = 1L;

    public InvalidChange(String message) {
      super(message);
    }
  }

  /** The state of {@code s} at {@code now}. */
  public static State at(Subscription s, Instant now) {
    Instant from = s.getQuietFrom();
    Instant until = s.getQuietUntil();
    if (from == null) {
      return new State(Mode.ACTIVE, null, null);
    }
    if (until == null) {
      return new State(Mode.PAUSED, from, null);
    }
    return now.isBefore(until) ? new State(Mode.SNOOZED, from, until) : new State(Mode.ACTIVE, null, null);
  }

  /**
   * Why an alert made at {@code alerted} must not be delivered at {@code now}, or empty when it may be.
   *
   * @param alerted when the alert was made (null when unknown: only the current state counts)
   */
  public static Optional<String> holdReason(Subscription s, Instant alerted, Instant now) {
    State st = at(s, now);
    if (st.mode() == Mode.PAUSED) {
      return Optional.of("subscription " + s.getId() + " is paused since " + st.since()
          + ": alerts are not delivered until it is resumed");
    }
    if (st.mode() == Mode.SNOOZED) {
      return Optional.of("subscription " + s.getId() + " is snoozed until " + st.until()
          + ": alerts made before then are not delivered");
    }
    Instant from = s.getQuietFrom();
    Instant until = s.getQuietUntil();
    if (alerted != null && from != null && until != null && !alerted.isBefore(from) && alerted.isBefore(until)) {
      return Optional.of("alert made at " + alerted + ", while subscription " + s.getId() + " was quiet (from " + from
          + " to " + until + "): not delivered late");
    }
    return Optional.empty();
  }

  /** Paused from {@code now} until resumed; a pause during a pause or snooze keeps the spell's start. */
  public static Subscription pause(Subscription s, Instant now) {
    now = millis(now);
    State st = at(s, now);
    if (st.mode() == Mode.PAUSED) {
      return s;
    }
    return Subscription.newBuilder(s).setQuietFrom(st.quiet() ? st.since() : now).setQuietUntil(null).build();
  }

  /** Delivering again from {@code now}; nothing changes when it is already active. */
  public static Subscription resume(Subscription s, Instant now) {
    if (!at(s, now).quiet()) {
      return s;
    }
    return Subscription.newBuilder(s).setQuietUntil(millis(now)).build();
  }

  /**
   * Snoozed from {@code now} until {@code until}, when it delivers again by itself. Snoozing a paused
   * or snoozed subscription replaces the end and keeps the spell's start.
   *
   * @throws InvalidChange when {@code until} is not after {@code now} or more than {@link #MAX_SNOOZE} away
   */
  public static Subscription snooze(Subscription s, Instant until, Instant now) {
    checkSnoozeEnd(until, null, now);
    until = millis(until);
    now = millis(now);
    State st = at(s, now);
    return Subscription.newBuilder(s).setQuietFrom(st.quiet() ? st.since() : now).setQuietUntil(until).build();
  }

  /**
   * The end of a snooze as a user writes it: an ISO-8601 instant with {@code Z} or an offset
   * ({@code 2026-12-05T18:00:00Z}, {@code 2026-12-05T19:00:00+01:00}), or a duration from {@code now}
   * ({@code 2h}, {@code 90m}, {@code 1d}, {@code 1h30m}, {@code PT2H}).
   *
   * @throws InvalidChange naming the value, the accepted forms, and what to do
   */
  public static Instant parseUntil(String value, Instant now) {
    if (value == null || value.isBlank()) {
      throw new InvalidChange("a snooze needs an end: give " + FORMS);
    }
    String v = value.strip();
    Instant until = parseInstant(v);
    if (until == null) {
      Duration d = parseDuration(v);
      if (d == null) {
        throw new InvalidChange("snooze until \"" + value + "\" is neither an instant nor a duration: give " + FORMS);
      }
      if (d.isZero() || d.isNegative()) {
        throw new InvalidChange("snooze for \"" + value + "\" is not a positive duration: give a duration such as 2h,"
            + " or resume the subscription to deliver now");
      }
      until = now.plus(d);
    }
    checkSnoozeEnd(until, value, now);
    return millis(until);
  }

  // the record keeps milliseconds (timestamp-millis): what a change returns is what a reader gets
  private static Instant millis(Instant t) {
    return t.truncatedTo(ChronoUnit.MILLIS);
  }

  private static void checkSnoozeEnd(Instant until, String written, Instant now) {
    String shown = written == null || written.strip().equals(until.toString()) ? until.toString()
        : "\"" + written.strip() + "\" (" + until + ")";
    if (!until.isAfter(now)) {
      throw new InvalidChange("snooze until " + shown + " is not in the future (now is " + now
          + "): give a later instant, or a duration from now such as 2h");
    }
    if (Duration.between(now, until).compareTo(MAX_SNOOZE) > 0) {
      throw new InvalidChange("snooze until " + shown + " is more than " + MAX_SNOOZE.toDays()
          + " days away: pause the subscription instead (it stays paused until resumed)");
    }
  }

  private static Instant parseInstant(String v) {
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+")) {
        throw new InvalidChange("snooze until \"" + v + "\" has no time zone: add Z for UTC or an offset such as +01:00"
            + " (e.g. " + v + "Z)");
      }
      return null;
    }
  }

  private static Duration parseDuration(String v) {
    if (v.toUpperCase(Locale.ROOT).startsWith("P")) {
      try {
        return Duration.parse(v);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    Matcher m = SHORT_DURATION.matcher(v);
    if (v.isEmpty() || !m.matches()) {
      return null;
    }
    try {
      Duration d = Duration.ZERO;
      long[] unitSeconds = {86_400, 3_600, 60, 1};
      for (int i = 0; i < unitSeconds.length; i++) {
        if (m.group(i + 1) != null) {
          d = d.plusSeconds(Math.multiplyExact(Long.parseLong(m.group(i + 1)), unitSeconds[i]));
        }
      }
      return d;
    } catch (ArithmeticException | NumberFormatException e) {
      return null; // absurdly large: reported as not a duration
    }
  }
}
