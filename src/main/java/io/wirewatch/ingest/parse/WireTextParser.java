package io.wirewatch.ingest.parse;

import io.wirewatch.avro.SourceFormat;
import io.wirewatch.ingest.RawArticle;
import io.wirewatch.ingest.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text wire copy: the headline on the first line (the same headline repeated on the next
 * line is folded into one), then the body; an optional dateline opens the body:
 *
 * <pre>
 *   Nov. 20 (UPI) -- ...                  date and agency
 *   UNITED NATIONS (AP) — ...             place and agency
 *   UNITED NATIONS, Nov 20 (Reuters) - ... place, date and agency
 * </pre>
 *
 * The place becomes the dateline, the agency the source, and the date (year inferred from the
 * clock: the latest such date not more than two days ahead) the published time, at midnight UTC and
 * marked as a day without a time ({@link io.wirewatch.avro.TimePrecision#DAY}).
 * Boilerplate lines are removed by {@link Boilerplate} rules. Thread-safe.
 */
public final class WireTextParser implements ArticleParser {
  /** Wire copy is short; a bigger .txt file is certainly not one article. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  private static final String MONTHS =
      "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:(?<place>[A-Z][A-Z.'’ -]*[A-Z.](?:,\\s+[A-Z][A-Za-z.'’ -]*[A-Za-z.])?)(?:,\\s*|\\s+)"
          + "(?=\\(|(?:" + MONTHS + ")\\b))?"
          + "(?:(?<month>" + MONTHS + ")\\.?\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?\\s*)?"
          + "\\((?<agency>[A-Za-z][A-Za-z .&'-]{0,40})\\)\\s*(?:--|—|–|-)\\s*");

  private final Boilerplate boilerplate;
  private final Clock clock;

  public WireTextParser(Boilerplate boilerplate, Clock clock) {
    this.boilerplate = boilerplate;
    this.clock = clock;
  }

  @Override
  public void parse(InputStream in, String origin, ParseSink sink) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      sink.problem("file", "file too large", "wire copy above " + MAX_BYTES + " bytes");
      return;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      sink.problem("file", "invalid UTF-8", "not valid UTF-8 text: save it as UTF-8");
      return;
    }
    if (text.indexOf('\0') >= 0 || Text.looksBinary(text)) {
      sink.problem("file", "binary content", "holds control characters: not a text file");
      return;
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    RawArticle a = parseText(text, origin);
    Parsers.emit(sink, "file", a);
  }

  /** Parses the text of one wire story (never null; may lack headline or body). */
  public RawArticle parseText(String text, String origin) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.replace("\r\n", "\n").split("\n", -1)));
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    String headline = i < lines.size() ? Text.inline(lines.get(i)) : null;
    i++;
    // Wire pages often print the headline twice (page title and story heading): fold the repeat.
    int j = i;
    while (j < lines.size() && lines.get(j).isBlank()) {
      j++;
    }
    if (headline != null && j < lines.size()
        && Text.inline(lines.get(j)).equalsIgnoreCase(headline)) {
      i = j + 1;
    }
    Boilerplate.Result cleaned = boilerplate.apply(lines.subList(Math.min(i, lines.size()), lines.size()));
    String body = Text.paragraphs(String.join("\n", cleaned.lines()));

    RawArticle.Builder b = RawArticle.builder()
        .headline(headline)
        .byline(cleaned.byline())
        .format(SourceFormat.WIRE_TEXT)
        .origin(origin);
    Matcher m = DATELINE.matcher(body);
    if (m.lookingAt()) {
      b.dateline(m.group("place"));
      b.source(m.group("agency"));
      if (m.group("month") != null) {
        b.published(date(m.group("month"), m.group("day"), m.group("year")));
      }
      body = body.substring(m.end());
    }
    return b.body(body).build();
  }

  private SourceTime date(String monthName, String dayText, String yearText) {
    Month month = monthOf(monthName);
    int day = Integer.parseInt(dayText);
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    try {
      LocalDate d;
      if (yearText != null) {
        d = LocalDate.of(Integer.parseInt(yearText), month, day);
      } else {
        d = LocalDate.of(today.getYear(), month, day);
        // "Dec. 31" read on Jan. 2 is last year's copy.
        if (d.isAfter(today.plusDays(2))) {
          d = d.minusYears(1);
        }
      }
      return SourceTime.day(d);
    } catch (java.time.DateTimeException e) {
      return null; // "Feb. 31": keep the article, drop the impossible date
    }
  }

  private static Month monthOf(String name) {
    String p = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().startsWith(p)) {
        return m;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
