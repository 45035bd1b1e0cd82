package io.wirewatch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.avro.TimePrecision;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one table of time forms every input accepts, and what it refuses. */
class SourceTimeTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # RFC 3339, with Z or any offset
      2022-01-21T15:40:00Z               | 2022-01-21T15:40:00Z           | TIME
      2022-01-21T15:40:00+00:00          | 2022-01-21T15:40:00Z           | TIME
      2022-01-21T15:40:00-00:00          | 2022-01-21T15:40:00Z           | TIME
      2022-01-21t15:40:00z               | 2022-01-21T15:40:00Z           | TIME
      2022-01-21T17:40:00+02:00          | 2022-01-21T15:40:00Z           | TIME
      2022-01-21T10:10:00-05:30          | 2022-01-21T15:40:00Z           | TIME
      2022-01-22T01:40:00+10:00          | 2022-01-21T15:40:00Z           | TIME
      2022-01-21T15:40:00.5Z             | 2022-01-21T15:40:00.500Z       | TIME
      2022-01-21T15:40:00.123456789+01:00| 2022-01-21T14:40:00.123456789Z | TIME
      2022-01-21T15:40:00,25Z            | 2022-01-21T15:40:00.250Z       | TIME
      # no offset, or a space for the T: UTC
      2022-01-21T15:40:00                | 2022-01-21T15:40:00Z           | TIME
      2022-01-21T15:40                   | 2022-01-21T15:40:00Z           | TIME
      2022-01-21 15:40                   | 2022-01-21T15:40:00Z           | TIME
      2022-01-21 15:40:07                | 2022-01-21T15:40:07Z           | TIME
      2022-01-21 15:40:07+01:00          | 2022-01-21T14:40:07Z           | TIME
      # a date alone: 00:00 UTC, day precision
      2022-01-21                         | 2022-01-21T00:00:00Z           | DAY
      2024-02-29                         | 2024-02-29T00:00:00Z           | DAY
      '  2022-01-21  '                   | 2022-01-21T00:00:00Z           | DAY
      # leap day, and the last instant of a year
      2024-02-29T23:59:59Z               | 2024-02-29T23:59:59Z           | TIME
      2022-12-31T23:59:59.999Z           | 2022-12-31T23:59:59.999Z       | TIME
      # RFC 822 / 1123 as RSS writes it
      'Fri, 21 Jan 2022 15:40:00 GMT'    | 2022-01-21T15:40:00Z           | TIME
      'Fri, 21 Jan 2022 15:40:00 UT'     | 2022-01-21T15:40:00Z           | TIME
      'Fri, 21 Jan 2022 15:40:00 UTC'    | 2022-01-21T15:40:00Z           | TIME
      'Fri, 21 Jan 2022 15:40:00 Z'      | 2022-01-21T15:40:00Z           | TIME
      'Fri, 21 Jan 2022 10:40:00 EST'    | 2022-01-21T15:40:00Z           | TIME
      'Thu, 21 Jul 2022 11:40:00 EDT'    | 2022-07-21T15:40:00Z           | TIME
      'Fri, 21 Jan 2022 09:40:00 CST'    | 2022-01-21T15:40:00Z           | TIME
      'Thu, 21 Jul 2022 10:40:00 CDT'    | 2022-07-21T15:40:00Z           | TIME
      'Fri, 21 Jan 2022 08:40:00 MST'    | 2022-01-21T15:40:00Z           | TIME
      'Thu, 21 Jul 2022 09:40:00 MDT'    | 2022-07-21T15:40:00Z           | TIME
      'Fri, 21 Jan 2022 07:40:00 PST'    | 2022-01-21T15:40:00Z           | TIME
      'Thu, 21 Jul 2022 08:40:00 PDT'    | 2022-07-21T15:40:00Z           | TIME
      'Fri, 21 Jan 2022 17:40:00 +0200'  | 2022-01-21T15:40:00Z           | TIME
      'Fri, 21 Jan 2022 10:40:00 -0500'  | 2022-01-21T15:40:00Z           | TIME
      'Fri, 21 Jan 2022 17:40:00 +02:00' | 2022-01-21T15:40:00Z           | TIME
      'Fri, 21 Jan 2022 15:40 GMT'       | 2022-01-21T15:40:00Z           | TIME
      '21 Jan 2022 15:40:00 GMT'         | 2022-01-21T15:40:00Z           | TIME
      'Fri, 1 Jan 2021 15:40:00 gmt'     | 2021-01-01T15:40:00Z           | TIME
      'FRI, 21 JAN 2022 15:40:00 GMT'    | 2022-01-21T15:40:00Z           | TIME
      'Thu, 29 Feb 2024 12:00:00 GMT'    | 2024-02-29T12:00:00Z           | TIME
      # two-digit years (RFC 2822 section 4.3: 00-49 are 20xx, 50-99 are 19xx), three-digit years
      'Fri, 21 Jan 22 15:40:00 GMT'      | 2022-01-21T15:40:00Z           | TIME
      'Wed, 02 Oct 02 08:00:00 EST'      | 2002-10-02T13:00:00Z           | TIME
      'Sat, 01 Jan 00 00:00:00 GMT'      | 2000-01-01T00:00:00Z           | TIME
      'Thu, 31 Dec 99 23:59:59 GMT'      | 1999-12-31T23:59:59Z           | TIME
      'Sun, 01 Jan 50 00:00:00 GMT'      | 1950-01-01T00:00:00Z           | TIME
      'Fri, 21 Jan 122 15:40:00 GMT'     | 2022-01-21T15:40:00Z           | TIME
      # the weekday is not checked against the date (feeds get it wrong)
      'Mon, 21 Jan 2022 15:40:00 GMT'    | 2022-01-21T15:40:00Z           | TIME
      """)
  void readsEveryAcceptedForm(String text, String expected, TimePrecision precision) {
    SourceTime t = SourceTime.parse(text);
    assertThat(t.instant()).isEqualTo(Instant.parse(expected));
    assertThat(t.precision()).isEqualTo(precision);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      2023-02-29                         | Invalid date 'February 29' as '2023' is not a leap year
      2023-02-29T10:00:00Z               | Invalid date 'February 29' as '2023' is not a leap year
      'Wed, 29 Feb 2023 10:00:00 GMT'    | Invalid date 'February 29' as '2023' is not a leap year
      2022-13-01                         | MonthOfYear
      2022-04-31                         | Invalid date 'APRIL 31'
      2022-01-21T24:00:00Z               | HourOfDay
      2022-01-21T10:00:60Z               | SecondOfMinute
      2022-01-21T10:61:00Z               | MinuteOfHour
      2022-01-21T15:40:00+0200           | an RFC 3339 offset is written ±hh:mm
      2022-01-21T15:40:00+19:00          | the offset is out of range
      2022-01-21T15:40:00 GMT            | expected Z or an offset
      2022-01-21T15:40:00.Z              | expected digits after the decimal point
      2022-01-21T15:40:00.1234567891Z    | at most 9 digits
      2022-01-21T15                      | it ends too early
      2022-1-21                          | the month must have 2 digits
      21/01/2022                         | expected a space
      2022/01/21                         | expected a space
      1642779600                         | expected a space
      yesterday                          | 'yesterday' is not a weekday
      'Fri, 21 January 2022 15:40:00 GMT'| 'January' is not a month
      'Fri, 21 Jan 2022 15:40:00 CET'    | the zone 'CET' is not one RFC 822 names; write it as a numeric offset
      'Fri, 21 Jan 2022 15:40:00 IST'    | the zone 'IST' is not one RFC 822 names
      'Fri, 21 Jan 2022 15:40:00'        | the time zone is missing
      'Fri, 21 Jan 2022 15:40:00 GMT+1'  | unexpected text after the time zone
      'Fri, 21 Jan 2022'                 | expected a space
      'Fri, 21 Jan 20221 15:40:00 GMT'   | expected a space
      'Fri, 21 Jan 1 15:40:00 GMT'       | the year must have 2 or 4 digits
      2022-01-21T1\u0661:00:00Z          | the hour must have 2 digits
      ''                                 | it is empty
      """)
  void refusesEverythingElseNamingTheValueTheReasonAndTheForms(String text, String reason) {
    String value = text.translateEscapes();
    assertThatThrownBy(() -> SourceTime.parse(value))
        .isInstanceOf(SourceTime.UnreadableTime.class)
        .hasMessageStartingWith("\"" + value + "\" is not a time Wirewatch can read (")
        .hasMessageContaining(reason)
        .hasMessageEndingWith("write it as " + SourceTime.FORMS);
  }
}
