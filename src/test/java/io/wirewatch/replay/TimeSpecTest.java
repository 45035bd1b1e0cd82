package io.wirewatch.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeSpecTest {
  private static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");

  @ParameterizedTest
  @CsvSource({
    "2026-01-01T00:00Z, 2026-01-01T00:00:00Z",
    "2026-01-01T09:30:15.250Z, 2026-01-01T09:30:15.250Z",
    "2026-01-01T09:30+02:00, 2026-01-01T07:30:00Z",
    "2026-01-01T12:00, 2026-01-01T12:00:00Z",
    "2026-01-01, 2026-01-01T00:00:00Z",
    "-7d, 2026-03-08T12:00:00Z",
    "-12h, 2026-03-15T00:00:00Z",
    "-30m, 2026-03-15T11:30:00Z",
    "-45s, 2026-03-15T11:59:15Z",
    "-2w, 2026-03-01T12:00:00Z",
    "now, 2026-03-15T12:00:00Z",
    "NOW, 2026-03-15T12:00:00Z",
  })
  void readsEveryAcceptedShape(String text, String expected) {
    assertThat(TimeSpec.parse("--from", text, NOW)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2026-13-01", "7d", "-7y", "01/02/2026", "2026-01-01T25:00Z"})
  void rejectsWhatItCannotReadAndNamesTheFormatsItTakes(String text) {
    assertThatThrownBy(() -> TimeSpec.parse("--to", text, NOW))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("--to '" + text + "'")
        .hasMessageContaining("2026-01-01T00:00Z")
        .hasMessageContaining("-7d")
        .hasMessageContaining("now");
  }

  @Test
  void emptyValueIsAnError() {
    assertThatThrownBy(() -> TimeSpec.parse("--from", " ", NOW)).isInstanceOf(UserException.class)
        .hasMessageContaining("--from is empty");
  }

  @Test
  void optionalBoundIsNullWhenAbsent() {
    assertThat(TimeSpec.parseOptional("--to", null, NOW)).isNull();
    assertThat(TimeSpec.parseOptional("--to", "-1h", NOW)).isEqualTo(Instant.parse("2026-03-15T11:00:00Z"));
  }

  @Test
  void rangeRefusesFromAfterTo() {
    assertThatThrownBy(() -> TimeRange.parse("2026-02-01", "2026-01-01", NOW))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("--from 2026-02-01T00:00:00Z is not before --to 2026-01-01T00:00:00Z");
  }

  @Test
  void rangeIsHalfOpen() {
    TimeRange r = TimeRange.parse("2026-01-01", "2026-01-02", NOW);
    assertThat(r.contains(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli())).isTrue();
    assertThat(r.contains(Instant.parse("2026-01-01T23:59:59.999Z").toEpochMilli())).isTrue();
    assertThat(r.contains(Instant.parse("2026-01-02T00:00:00Z").toEpochMilli())).isFalse();
    assertThat(r.contains(Instant.parse("2025-12-31T23:59:59.999Z").toEpochMilli())).isFalse();
  }

  @Test
  void openRangeHasNoUpperBound() {
    TimeRange r = TimeRange.parse("-1d", null, NOW);
    assertThat(r.contains(Instant.parse("2099-01-01T00:00:00Z").toEpochMilli())).isTrue();
  }
}
