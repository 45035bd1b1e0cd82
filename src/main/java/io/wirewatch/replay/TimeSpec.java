package io.wirewatch.replay;

import io.wirewatch.UserException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the points in time that {@code --from}, {@code --to} and the HTTP {@code from}/{@code to}
 * parameters accept, all in one place:
 *
 * <ul>
 *   <li>ISO-8601 instants and offset date-times: {@code 2026-01-01T00:00Z},
 *       {@code 2026-01-01T09:30:00+02:00}, {@code 2026-01-01T00:00:00.250Z};
 *   <li>a date-time without zone, read as UTC: {@code 2026-01-01T12:00};
 *   <li>a date, meaning its first instant in UTC: {@code 2026-01-01};
 *   <li>relative to now: {@code -7d}, {@code -12h}, {@code -30m}, {@code -45s}, {@code -2w};
 *   <li>{@code now}.
 * </ul>
 *
 * <p>Stateless and thread-safe; "now" is passed in so callers and tests agree on one clock.
 */
public final class TimeSpec {
  /** Shown in every error, so the fix is in the message. */
  public static final String ACCEPTED =
      "ISO-8601 instants or offsets (2026-01-01T00:00Z, 2026-01-01T09:30+02:00), dates (2026-01-01, UTC), "
          + "relative times (-7d, -12h, -30m, -45s, -2w) or now";

  private static final Pattern RELATIVE = Pattern.compile("-(\\d{1,9})([wdhms])");

  private TimeSpec() {}

  /**
   * Parses {@code text} as a point in time.
   *
   * @param option the option or parameter name, for the error message (e.g. {@code --from})
   * @param text what the user wrote
   * @param now the current time, the base of relative values
   * @throws UserException naming the value and the formats accepted when it cannot be read
   */
  public static Instant parse(String option, String text, Instant now) {
    if (text == null || text.isBlank()) {
      throw new UserException(option + " is empty: give a time as " + ACCEPTED);
    }
    String t = text.trim();
    if (t.equalsIgnoreCase("now")) {
      return now;
    }
    Matcher rel = RELATIVE.matcher(t.toLowerCase(Locale.ROOT));
    if (rel.matches()) {
      long n = Long.parseLong(rel.group(1));
      Duration d = switch (rel.group(2)) {
        case "w" -> Duration.ofDays(7 * n);
        case "d" -> Duration.ofDays(n);
        case "h" -> Duration.ofHours(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      };
      return now.minus(d);
    }
    try {
      // OffsetDateTime covers Z and +hh:mm; ISO_OFFSET_DATE_TIME makes seconds optional.
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException notOffset) {
      // fall through to the zone-less shapes
    }
    try {
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notLocal) {
      // fall through
    }
    try {
      return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException notDate) {
      throw new UserException(option + " '" + text + "' is not a time Wirewatch can read: use " + ACCEPTED);
    }
  }

  /** Like {@link #parse} but returns null for a null or blank value (an optional bound). */
  public static Instant parseOptional(String option, String text, Instant now) {
    return text == null || text.isBlank() ? null : parse(option, text, now);
  }
}
