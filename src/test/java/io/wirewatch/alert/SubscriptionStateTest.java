package io.wirewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.alert.SubscriptionState.InvalidChange;
import io.wirewatch.alert.SubscriptionState.Mode;
import io.wirewatch.alert.testing.Fixtures;
import io.wirewatch.avro.Subscription;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pause / snooze state machine, on a fixed clock: every instant below is written out. */
class SubscriptionStateTest {
  private static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");
  private final Subscription active = Fixtures.subscription("sub-1").build();

  private static Instant at(String hhmm) {
    return Instant.parse("2026-12-05T" + hhmm + ":00Z");
  }

  @Test
  void aNewSubscriptionIsActiveAndDeliversEverything() {
    assertThat(SubscriptionState.at(active, T0).mode()).isEqualTo(Mode.ACTIVE);
    assertThat(SubscriptionState.holdReason(active, T0, T0)).isEmpty();
    assertThat(SubscriptionState.at(active, T0).label()).isEqualTo("active");
  }

  @Test
  void aPausedSubscriptionHoldsEveryAlertUntilResumed() {
    Subscription paused = SubscriptionState.pause(active, T0);
    assertThat(paused.getQuietFrom()).isEqualTo(T0);
    assertThat(paused.getQuietUntil()).isNull();
    // a pause has no end of its own: a year later it still holds
    assertThat(SubscriptionState.at(paused, T0.plus(Duration.ofDays(365))).mode()).isEqualTo(Mode.PAUSED);
    assertThat(SubscriptionState.holdReason(paused, at("10:00"), at("10:00")))
        .hasValueSatisfying(r -> assertThat(r).contains("sub-1 is paused since " + T0).contains("resumed"));
    // an alert made before the pause but reaching delivery during it is held as well
    assertThat(SubscriptionState.holdReason(paused, at("08:59"), at("10:00"))).isPresent();

    Subscription resumed = SubscriptionState.resume(paused, at("11:00"));
    assertThat(SubscriptionState.at(resumed, at("11:00")).mode()).isEqualTo(Mode.ACTIVE);
    assertThat(SubscriptionState.holdReason(resumed, at("11:00"), at("11:00"))).isEmpty();
    assertThat(SubscriptionState.holdReason(resumed, at("08:59"), at("11:01"))).isEmpty();
  }

  @Test
  void alertsMadeDuringAPauseAreNotDeliveredLateByAConsumerThatWasBehind() {
    Subscription resumed = SubscriptionState.resume(SubscriptionState.pause(active, at("09:00")), at("11:00"));
    assertThat(SubscriptionState.holdReason(resumed, at("10:30"), at("11:05")))
        .hasValueSatisfying(r -> assertThat(r).contains("made at " + at("10:30")).contains("not delivered late"));
    assertThat(SubscriptionState.holdReason(resumed, at("09:00"), at("11:05"))).isPresent(); // the start is inside
    assertThat(SubscriptionState.holdReason(resumed, at("11:00"), at("11:05"))).isEmpty(); // the end is not
  }

  @Test
  void aSnoozeEndsByItselfAtItsInstantWithoutAnyWrite() {
    Subscription snoozed = SubscriptionState.snooze(active, at("11:00"), T0);
    assertThat(SubscriptionState.at(snoozed, at("10:59")).mode()).isEqualTo(Mode.SNOOZED);
    assertThat(SubscriptionState.at(snoozed, at("10:59")).label()).isEqualTo("snoozed until 2026-12-05T11:00:00Z");
    assertThat(SubscriptionState.holdReason(snoozed, at("10:59"), at("10:59")))
        .hasValueSatisfying(r -> assertThat(r).contains("snoozed until " + at("11:00")));
    // the same record, read a minute later, delivers again
    assertThat(SubscriptionState.at(snoozed, at("11:00")).mode()).isEqualTo(Mode.ACTIVE);
    assertThat(SubscriptionState.holdReason(snoozed, at("11:00"), at("11:00"))).isEmpty();
    // and an alert made during the snooze, delivered after it, stays undelivered
    assertThat(SubscriptionState.holdReason(snoozed, at("10:59"), at("11:01"))).isPresent();
  }

  @Test
  void pausingOrSnoozingWhileQuietKeepsTheStartOfTheSpell() {
    Subscription snoozed = SubscriptionState.snooze(active, at("12:00"), at("09:00"));
    Subscription pausedToo = SubscriptionState.pause(snoozed, at("10:00"));
    assertThat(SubscriptionState.at(pausedToo, at("13:00")).mode()).isEqualTo(Mode.PAUSED);
    assertThat(pausedToo.getQuietFrom()).isEqualTo(at("09:00"));
    Subscription snoozedAgain = SubscriptionState.snooze(pausedToo, at("14:00"), at("10:30"));
    assertThat(SubscriptionState.at(snoozedAgain, at("13:59")))
        .isEqualTo(new SubscriptionState.State(Mode.SNOOZED, at("09:00"), at("14:00")));
    // after a finished spell, a new one starts at its own time
    Subscription later = SubscriptionState.pause(SubscriptionState.resume(snoozedAgain, at("11:00")), at("15:00"));
    assertThat(later.getQuietFrom()).isEqualTo(at("15:00"));
  }

  @Test
  void changesKeepMillisecondsLikeTheStoredRecord() {
    Instant precise = Instant.parse("2026-12-05T09:00:00.123456789Z");
    assertThat(SubscriptionState.pause(active, precise).getQuietFrom()).isEqualTo("2026-12-05T09:00:00.123Z");
    assertThat(SubscriptionState.parseUntil("2h", precise)).isEqualTo("2026-12-05T11:00:00.123Z");
    Subscription snoozed = SubscriptionState.snooze(active, precise.plusSeconds(60), precise);
    assertThat(snoozed.getQuietUntil()).isEqualTo("2026-12-05T09:01:00.123Z");
    assertThat(SubscriptionState.resume(snoozed, precise.plusSeconds(1)).getQuietUntil()).isEqualTo("2026-12-05T09:00:01.123Z");
  }

  @Test
  void resumingAnActiveSubscriptionAndPausingAPausedOneChangeNothing() {
    assertThat(SubscriptionState.resume(active, T0)).isSameAs(active);
    Subscription paused = SubscriptionState.pause(active, T0);
    assertThat(SubscriptionState.pause(paused, at("10:00"))).isSameAs(paused);
    Subscription expired = SubscriptionState.snooze(active, at("10:00"), T0);
    assertThat(SubscriptionState.resume(expired, at("10:30"))).isSameAs(expired); // the snooze already ended
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-12-05T18:00:00Z,        2026-12-05T18:00:00Z",
    "2026-12-05T19:00:00+01:00,   2026-12-05T18:00:00Z",
    "2026-12-05T18:00Z,           2026-12-05T18:00:00Z",
    "2h,                          2026-12-05T11:00:00Z",
    "90m,                         2026-12-05T10:30:00Z",
    "1d,                          2026-12-06T09:00:00Z",
    "1h30m,                       2026-12-05T10:30:00Z",
    "2H,                          2026-12-05T11:00:00Z",
    "45s,                         2026-12-05T09:00:45Z",
    "PT2H,                        2026-12-05T11:00:00Z",
    "P1D,                         2026-12-06T09:00:00Z",
    "'  4h ',                     2026-12-05T13:00:00Z",
  })
  void snoozeEndsAreReadAsInstantsOrDurationsFromNow(String written, String expected) {
    assertThat(SubscriptionState.parseUntil(written, T0)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "tomorrow                 | snooze until \"tomorrow\" is neither an instant nor a duration: give an ISO-8601 instant",
    "2 hours                  | snooze until \"2 hours\" is neither an instant nor a duration",
    "-2h                      | is neither an instant nor a duration",
    "0m                       | snooze for \"0m\" is not a positive duration: give a duration such as 2h, or resume",
    "PT-1H                    | snooze for \"PT-1H\" is not a positive duration",
    "2026-12-05T08:00:00Z     | snooze until 2026-12-05T08:00:00Z is not in the future (now is 2026-12-05T09:00:00Z): give a later instant",
    "2026-12-05T09:00:00Z     | is not in the future",
    "2026-12-05T18:00:00      | snooze until \"2026-12-05T18:00:00\" has no time zone: add Z for UTC or an offset such as +01:00 (e.g. 2026-12-05T18:00:00Z)",
    "91d                      | snooze until \"91d\" (2027-03-06T09:00:00Z) is more than 90 days away: pause the subscription instead",
    "2030-01-01T00:00:00Z     | is more than 90 days away: pause the subscription instead",
    "99999999999999999999h    | is neither an instant nor a duration",
  })
  void badSnoozeEndsAreRefusedNamingTheValueTheRuleAndTheFix(String written, String message) {
    assertThatThrownBy(() -> SubscriptionState.parseUntil(written, T0))
        .isInstanceOf(InvalidChange.class).hasMessageContaining(message.strip());
  }

  @Test
  void aMissingSnoozeEndSaysWhichFormsAreAccepted() {
    assertThatThrownBy(() -> SubscriptionState.parseUntil(" ", T0)).isInstanceOf(InvalidChange.class)
        .hasMessageContaining("a snooze needs an end").hasMessageContaining("2h").hasMessageContaining("2026-12-05T18:00:00Z");
    assertThatThrownBy(() -> SubscriptionState.snooze(active, T0.minusSeconds(1), T0)).isInstanceOf(InvalidChange.class)
        .hasMessageContaining("not in the future");
  }

  @Test
  void thePublicViewShowsTheStateAtTheGivenInstant() {
    Subscription snoozed = SubscriptionState.snooze(active, at("11:00"), T0);
    assertThat(Subscriptions.publicView(snoozed, at("10:00")))
        .containsEntry("state", "snoozed").containsEntry("snoozedUntil", "2026-12-05T11:00:00Z")
        .containsEntry("quietSince", "2026-12-05T09:00:00Z");
    assertThat(Subscriptions.publicView(snoozed, at("11:00"))).containsEntry("state", "active")
        .doesNotContainKeys("snoozedUntil", "quietSince");
    assertThat(Subscriptions.publicView(SubscriptionState.pause(active, T0), at("10:00")))
        .containsEntry("state", "paused").doesNotContainKey("snoozedUntil");
  }
}
