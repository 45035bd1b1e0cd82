package io.wirewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.alert.testing.Fixtures;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.AlertKind;
import io.wirewatch.avro.Subscription;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryLedgerTest {
  private final DeliveryLedger ledger = new DeliveryLedger();
  private final Subscription desk = Fixtures.subscription("sub-desk").build();

  private static Instant at(String hhmm) {
    return Instant.parse("2026-12-05T" + hhmm + ":00Z");
  }

  private static Alert alert(String id, String sub, Instant t) {
    return Alert.newBuilder().setId(id).setSubscriptionId(sub).setStoryId("story-" + id).setArticleId("article-" + id)
        .setKind(AlertKind.NEW).setHeadline("Headline " + id).setSource("AP").setAlerted(t).build();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> delivery(Subscription s, Instant now) {
    return (Map<String, Object>) ledger.summary(s, now).get("delivery");
  }

  @Test
  void aSubscriptionWithoutAlertsIsOkWithNoLastAlert() {
    assertThat(ledger.summary(desk, at("09:00"))).containsEntry("lastAlert", null);
    assertThat(delivery(desk, at("09:00"))).containsEntry("state", "ok");
  }

  @Test
  void theLastAlertIsTheNewestByAlertTimeWhateverTheOrderTheyAreRead() {
    ledger.alert(alert("a2", "sub-desk", at("09:10")));
    ledger.alert(alert("a1", "sub-desk", at("09:05")));
    ledger.alert(alert("other", "sub-other", at("09:20")));
    assertThat(ledger.summary(desk, at("09:30")).get("lastAlert")).isEqualTo(Map.of("id", "a2",
        "alerted", "2026-12-05T09:10:00Z", "headline", "Headline a2", "articleId", "article-a2"));
  }

  @Test
  void aDeadLetteredNewestAlertMakesItFailingAndALaterDeliveryMakesItOkAgain() {
    Alert a1 = alert("a1", "sub-desk", at("09:05"));
    ledger.alert(a1);
    ledger.deadLettered(a1, at("09:15"), "receiver answered HTTP 410");
    assertThat(delivery(desk, at("09:20"))).containsEntry("state", "failing")
        .containsEntry("reason", "receiver answered HTTP 410").containsEntry("failedAt", "2026-12-05T09:15:00Z");
    ledger.alert(alert("a2", "sub-desk", at("09:30")));
    assertThat(delivery(desk, at("09:31"))).containsEntry("state", "ok").doesNotContainKey("reason");
  }

  @Test
  void aPausedOrSnoozedSubscriptionCountsTheAlertsItDidNotDeliver() {
    ledger.alert(alert("before", "sub-desk", at("08:59")));
    Subscription paused = SubscriptionState.pause(desk, at("09:00"));
    ledger.alert(alert("during-1", "sub-desk", at("09:10")));
    ledger.alert(alert("during-2", "sub-desk", at("09:20")));
    assertThat(delivery(paused, at("09:30"))).containsEntry("state", "paused").containsEntry("label", "paused")
        .containsEntry("since", "2026-12-05T09:00:00Z").containsEntry("notDelivered", 2L);

    Subscription snoozed = SubscriptionState.snooze(desk, at("12:00"), at("09:00"));
    assertThat(delivery(snoozed, at("09:30"))).containsEntry("state", "snoozed")
        .containsEntry("label", "snoozed until 2026-12-05T12:00:00Z").containsEntry("until", "2026-12-05T12:00:00Z")
        .containsEntry("notDelivered", 2L);
    assertThat(delivery(snoozed, at("12:00"))).containsEntry("state", "ok");
  }
}
