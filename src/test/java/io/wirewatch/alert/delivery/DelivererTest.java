package io.wirewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.alert.testing.Fixtures;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.AlertKind;
import io.wirewatch.avro.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class DelivererTest {
  private final RetryPolicyTest.FakeTime time = new RetryPolicyTest.FakeTime();
  private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(8), 2, 0,
      Duration.ofSeconds(60), time, time::sleep, RandomGenerator.getDefault());
  private final Subscription sub = Fixtures.subscription("s").build();
  private final Alert alert = Alert.newBuilder().setId("alert-1").setSubscriptionId("s").setStoryId("st")
      .setArticleId("a").setKind(AlertKind.NEW).setHeadline("h").setSource("AP")
      .setAlerted(Instant.parse("2026-11-20T15:00:00Z")).build();

  /** A channel that answers from a script, then succeeds. */
  static Channel scripted(Deque<DeliveryResult> script) {
    return (a, s) -> script.isEmpty() ? DeliveryResult.delivered(200) : script.poll();
  }

  @Test
  void retriesServerErrorsAndTimeoutsUntilDelivered() throws Exception {
    Deque<DeliveryResult> script = new ArrayDeque<>(List.of(
        DeliveryResult.ofStatus(503, null, Map.of(), ""), DeliveryResult.retry("timeout"),
        DeliveryResult.ofStatus(502, null, Map.of(), "")));
    Deliverer.Report r = new Deliverer(scripted(script), policy).deliver(alert, sub);
    assertThat(r.delivered()).isTrue();
    assertThat(r.attempts()).isEqualTo(4);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void honoursRetryAfterOnTooManyRequests() throws Exception {
    Deque<DeliveryResult> script = new ArrayDeque<>(List.of(
        DeliveryResult.ofStatus(429, Duration.ofSeconds(20), Map.of("Retry-After", "20"), "")));
    Deliverer.Report r = new Deliverer(scripted(script), policy).deliver(alert, sub);
    assertThat(r.delivered()).isTrue();
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(20));
  }

  @Test
  void aClientErrorIsNotRetried() throws Exception {
    Deque<DeliveryResult> script = new ArrayDeque<>(List.of(DeliveryResult.ofStatus(404, null, Map.of(), "no such hook")));
    Deliverer.Report r = new Deliverer(scripted(script), policy).deliver(alert, sub);
    assertThat(r.delivered()).isFalse();
    assertThat(r.attempts()).isEqualTo(1);
    assertThat(r.last().status()).isEqualTo(404);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void requestTimeoutIsRetried() {
    assertThat(DeliveryResult.ofStatus(408, null, Map.of(), "").outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
    assertThat(DeliveryResult.ofStatus(400, null, Map.of(), "").outcome()).isEqualTo(DeliveryResult.Outcome.FAIL);
  }

  @Test
  void givesUpWhenTheNextRetryWouldPassTheGiveUpTime() throws Exception {
    Channel alwaysDown = (a, s) -> DeliveryResult.ofStatus(500, null, Map.of("X-Trace", "t1"), "down");
    Deliverer.Report r = new Deliverer(alwaysDown, policy).deliver(alert, sub);
    assertThat(r.delivered()).isFalse();
    // waits 1+2+4+8+8+8+8+8 = 47 s; the next 8 s wait would end at 55 s, one more at 63 s > 60 s
    assertThat(time.sleeps.stream().mapToLong(Duration::toSeconds).sum()).isLessThanOrEqualTo(60);
    assertThat(r.attempts()).isEqualTo(time.sleeps.size() + 1);
    assertThat(r.last().reason()).startsWith("gave up after").contains("HTTP 500");
    assertThat(r.last().responseHeaders()).containsEntry("X-Trace", "t1");
  }
}
