package io.wirewatch.ingest.parse;

import io.wirewatch.avro.TimePrecision;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * A time as a source wrote it, read by the one parser every input uses (JSON Lines, ninjs,
 * RSS/Atom, {@code POST /api/articles}, {@code wirewatch tag}): the instant and how precise the
 * source was. A date alone is 00:00 UTC of that day with {@link TimePrecision#DAY}, so that
 * nothing downstream takes midnight for the hour of publication.
 *
 * <p>Accepted forms ({@link #FORMS}):
 * <ul>
 *   <li>RFC 3339 with any offset: {@code 2022-01-21T15:40:00Z}, {@code 2022-01-21T17:40:00.250+02:00},
 *       lower-case {@code t}/{@code z}, a space for the {@code T}; seconds and fractions optional;
 *       without an offset the time is UTC ({@code 2022-01-21 15:40}, {@code 2022-01-21T15:40:00});</li>
 *   <li>a date alone, {@code 2022-01-21};</li>
 *   <li>RFC 822 / RFC 1123 as RSS writes it: {@code Fri, 21 Jan 2022 15:40:00 GMT}, weekday and
 *       seconds optional, two-digit years as RFC 2822 section 4.3 reads them (00–49 → 2000s, 50–99 →
 *       1900s), zones {@code UT}, {@code UTC}, {@code GMT}, {@code Z}, {@code EST}/{@code EDT},
 *       {@code CST}/{@code CDT}, {@code MST}/{@code MDT}, {@code PST}/{@code PDT} (RFC 822 section 5)
 *       or a numeric offset ({@code +0200}, {@code -05:00}).</li>
 * </ul>
 * The weekday of an RFC 822 date is checked to be a weekday name but not against the date: feeds
 * get it wrong, and the date is what they mean. Leap seconds ({@code :60}) and impossible dates
 * (2023-02-29) are refused. Stateless and thread-safe.
 *
 * @param instant the instant; for {@link TimePrecision#DAY}, 00:00 UTC of the day
 * @param precision {@link TimePrecision#TIME} when the source gave a time of day, {@link TimePrecision#DAY} when only a date
 */
public record SourceTime(Instant instant, TimePrecision precision) {

  /** The accepted forms, for messages that refuse a value. */
  public static final String FORMS = "RFC 3339 (2022-01-21T15:40:00Z, 2022-01-21T17:40:00+02:00), "
      + "a date (2022-01-21, taken as 00:00 UTC), RFC 822/1123 as RSS writes it "
      + "(Fri, 21 Jan 2022 15:40:00 GMT; zones UT, GMT, EST, EDT, CST, CDT, MST, MDT, PST, PDT or +0200) "
      + "or 2022-01-21 15:40[:00] (UTC)";

  // RFC 822 section 5 zone names, plus UTC, which feeds write as often as UT.
  private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
      Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
      Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
      Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7));

  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
      "sep", "oct", "nov", "dec"};
  private static final String[] WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

  public SourceTime {
    if (instant == null || precision == null) {
      throw new NullPointerException("instant and precision are required");
    }
  }

  /** A time of day the source gave exactly. */
  public static SourceTime exact(Instant instant) {
    return new SourceTime(instant, TimePrecision.TIME);
  }

  /** A day the source gave without a time: 00:00 UTC of {@code day}. */
  public static SourceTime day(LocalDate day) {
    return new SourceTime(day.atStartOfDay(ZoneOffset.UTC).toInstant(), TimePrecision.DAY);
  }

  /**
   * Reads {@code text} (surrounding white space ignored) in one of the {@link #FORMS}.
   *
   * @throws UnreadableTime naming the value, what is wrong with it and the accepted forms
   */
  public static SourceTime parse(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      throw new UnreadableTime(text, "it is empty");
    }
    char c = s.charAt(0);
    return c >= '0' && c <= '9' && s.length() > 4 && s.charAt(4) == '-'
        ? iso(text, s)
        : rfc822(text, s);
  }

  /** {@code yyyy-MM-dd[(T|t| )HH:mm[:ss[.f…]][Z|z|±hh:mm|±hhmm]]}. */
  private static SourceTime iso(String text, String s) {
    Cursor in = new Cursor(text, s);
    int year = in.digits(4, "year");
    in.expect('-');
    int month = in.digits(2, "month");
    in.expect('-');
    int day = in.digits(2, "day");
    if (in.atEnd()) {
      return day(in.date(year, month, day));
    }
    char sep = in.next();
    if (sep != 'T' && sep != 't' && sep != ' ') {
      throw in.unreadable("a date must be followed by T or a space and a time");
    }
    int hour = in.digits(2, "hour");
    in.expect(':');
    int minute = in.digits(2, "minute");
    int second = 0;
    int nanos = 0;
    if (in.peek(':')) {
      in.next();
      second = in.digits(2, "second");
      if (in.peek('.') || in.peek(',')) {
        in.next();
        nanos = in.fraction();
      }
    }
    int offsetSeconds = 0;
    if (!in.atEnd()) {
      char z = in.peekChar();
      if (z == 'Z' || z == 'z') {
        in.next();
      } else if (z == '+' || z == '-') {
        offsetSeconds = in.numericOffset(true);
      } else {
        throw in.unreadable("expected Z or an offset such as +02:00 after the time");
      }
    }
    if (!in.atEnd()) {
      throw in.unreadable("unexpected text after the time");
    }
    return exact(in.instant(year, month, day, hour, minute, second, nanos, offsetSeconds));
  }

  /** {@code [Fri,] 21 Jan 2022 15:40[:00] GMT}. */
  private static SourceTime rfc822(String text, String s) {
    Cursor in = new Cursor(text, s);
    if (Character.isLetter(in.peekChar())) {
      String weekday = in.word();
      if (indexOf(WEEKDAYS, weekday) < 0) {
        throw in.unreadable("'" + weekday + "' is not a weekday (Mon, Tue, …) nor a date");
      }
      in.skipSpaces();
      if (in.peek(',')) {
        in.next();
      }
      in.skipSpaces();
    }
    int day = in.digitsUpTo(2, "day");
    in.spaces();
    String monthName = in.word();
    int month = indexOf(MONTHS, monthName) + 1;
    if (month == 0) {
      throw in.unreadable("'" + monthName + "' is not a month (Jan, Feb, … Dec)");
    }
    in.spaces();
    int yearStart = in.position();
    int year = in.digitsUpTo(4, "year");
    int yearDigits = in.position() - yearStart;
    if (yearDigits == 2) {
      year += year < 50 ? 2000 : 1900; // RFC 2822 section 4.3
    } else if (yearDigits == 3) {
      year += 1900;
    } else if (yearDigits != 4) {
      throw in.unreadable("the year must have 2 or 4 digits");
    }
    in.spaces();
    int hour = in.digits(2, "hour");
    in.expect(':');
    int minute = in.digits(2, "minute");
    int second = 0;
    if (in.peek(':')) {
      in.next();
      second = in.digits(2, "second");
    }
    if (in.atEnd()) {
      throw in.unreadable("the time zone is missing");
    }
    in.spaces();
    int offsetSeconds;
    char z = in.peekChar();
    if (z == '+' || z == '-') {
      offsetSeconds = in.numericOffset(false);
    } else {
      String zone = in.word().toUpperCase(Locale.ROOT);
      Integer hours = ZONE_HOURS.get(zone);
      if (hours == null) {
        throw in.unreadable(zone.isEmpty() ? "the time zone is missing"
            : "the zone '" + zone + "' is not one RFC 822 names; write it as a numeric offset such as +0100");
      }
      offsetSeconds = hours * 3600;
    }
    if (!in.atEnd()) {
      throw in.unreadable("unexpected text after the time zone");
    }
    return exact(in.instant(year, month, day, hour, minute, second, 0, offsetSeconds));
  }

  private static int indexOf(String[] names, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(w)) {
        return i;
      }
    }
    return -1;
  }

  /** A time in none of the accepted forms; the message names the value, the reason and the forms. */
  public static final class UnreadableTime extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String value;
    private final String reason;

    UnreadableTime(String value, String reason) {
      super("\"" + abbreviate(value) + "\" is not a time Wirewatch can read (" + reason
          + "); write it as " + FORMS);
      this.value = value;
      this.reason = reason;
    }

    /** The text as given. */
    public String value() {
      return value;
    }

    /** What is wrong with it, without the list of forms. */
    public String reason() {
      return reason;
    }

    private static String abbreviate(String s) {
      return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }
  }

  /** Reads {@code s} left to right; every failure names the whole value. */
  private static final class Cursor {
    private final String text;
    private final String s;
    private int i;

    Cursor(String text, String s) {
      this.text = text;
      this.s = s;
    }

    int position() {
      return i;
    }

    boolean atEnd() {
      return i >= s.length();
    }

    char peekChar() {
      return atEnd() ? '\0' : s.charAt(i);
    }

    boolean peek(char c) {
      return !atEnd() && s.charAt(i) == c;
    }

    char next() {
      if (atEnd()) {
        throw unreadable("it ends too early");
      }
      return s.charAt(i++);
    }

    void expect(char c) {
      if (next() != c) {
        throw unreadable("expected '" + c + "' at character " + i);
      }
    }

    /** Exactly {@code n} ASCII digits. */
    int digits(int n, String what) {
      int v = 0;
      for (int k = 0; k < n; k++) {
        char c = peekChar();
        if (c < '0' || c > '9') {
          throw unreadable("the " + what + " must have " + n + " digits");
        }
        v = v * 10 + (c - '0');
        i++;
      }
      return v;
    }

    /** One to {@code max} ASCII digits. */
    int digitsUpTo(int max, String what) {
      int start = i;
      int v = 0;
      while (i - start < max && peekChar() >= '0' && peekChar() <= '9') {
        v = v * 10 + (s.charAt(i++) - '0');
      }
      if (i == start) {
        throw unreadable("expected the " + what + " at character " + (i + 1));
      }
      return v;
    }

    /** 1 to 9 digits of a second's fraction, as nanoseconds. */
    int fraction() {
      int start = i;
      int v = 0;
      while (peekChar() >= '0' && peekChar() <= '9') {
        if (i - start == 9) {
          throw unreadable("a fraction of a second has at most 9 digits");
        }
        v = v * 10 + (s.charAt(i++) - '0');
      }
      if (i == start) {
        throw unreadable("expected digits after the decimal point");
      }
      for (int k = i - start; k < 9; k++) {
        v *= 10;
      }
      return v;
    }

    /** {@code ±hh:mm} or {@code ±hhmm}, the colon required by RFC 3339 and left out by RFC 822. */
    int numericOffset(boolean rfc3339) {
      int sign = next() == '-' ? -1 : 1;
      int hours = digits(2, "offset's hours");
      if (peek(':')) {
        next();
      } else if (rfc3339) {
        throw unreadable("an RFC 3339 offset is written ±hh:mm");
      }
      int minutes = digits(2, "offset's minutes");
      if (hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
        throw unreadable("the offset is out of range (at most ±18:00)");
      }
      return sign * (hours * 3600 + minutes * 60);
    }

    /** Letters up to the next non-letter. */
    String word() {
      int start = i;
      while (!atEnd() && Character.isLetter(s.charAt(i))) {
        i++;
      }
      return s.substring(start, i);
    }

    /** At least one space. */
    void spaces() {
      if (!peek(' ')) {
        throw unreadable("expected a space at character " + (i + 1));
      }
      skipSpaces();
    }

    void skipSpaces() {
      while (peek(' ')) {
        i++;
      }
    }

    LocalDate date(int year, int month, int day) {
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw unreadable(e.getMessage());
      }
    }

    Instant instant(int year, int month, int day, int hour, int minute, int second, int nanos,
        int offsetSeconds) {
      try {
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
            .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
      } catch (DateTimeException e) {
        throw unreadable(e.getMessage());
      }
    }

    UnreadableTime unreadable(String reason) {
      return new UnreadableTime(text, reason);
    }
  }
}
