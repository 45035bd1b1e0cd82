package io.wirewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.alert.testing.Fixtures;
import io.wirewatch.alert.testing.RecordingWebhookServer;
import io.wirewatch.alert.testing.RecordingWebhookServer.Reply;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.AlertKind;
import io.wirewatch.avro.Channel;
import io.wirewatch.avro.ChannelType;
import io.wirewatch.avro.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpChannelTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC);
  private static final String SECRET = "a-webhook-secret-of-some-length";
  private final RecordingWebhookServer server = new RecordingWebhookServer();
  private final Alert alert = Alert.newBuilder().setId("alert-42").setSubscriptionId("korea").setSubscriptionName("Korea desk")
      .setStoryId("story-1").setArticleId("upi-1").setKind(AlertKind.NEW).setEventTopics(List.of("sanctions-blocked"))
      .setCountries(List.of("KP", "CN", "RU")).setHeadline("China, Russia block U.S. bid for more North Korea sanctions")
      .setUrl("https://upi.example/1").setSource("UPI").setEvidence("China and Russia blocked a U.S. bid <at> the UN.")
      .setConfidence(0.9).setPublished(Instant.parse("2026-11-20T14:59:00Z")).setAlerted(CLOCK.instant()).build();

  @AfterEach
  void stop() {
    server.close();
  }

  private Subscription sub(ChannelType type, String secret) {
    return Fixtures.subscription("korea").setChannel(Channel.newBuilder().setType(type).setUrl(server.url("/hook"))
        .setSecret(secret).build()).build();
  }

  @Test
  void aWebhookCarriesIdempotencyKeyTimestampAndAVerifiableSignature() throws Exception {
    DeliveryResult r = HttpChannel.webhook(new AddressGuard(true, false), CLOCK, Duration.ofSeconds(5), AlertLinks.NONE)
        .attempt(alert, sub(ChannelType.WEBHOOK, SECRET));
    assertThat(r.outcome()).isEqualTo(DeliveryResult.Outcome.DELIVERED);
    RecordingWebhookServer.Received got = server.accepted().get(0);
    assertThat(got.header("Idempotency-Key")).isEqualTo("alert-42");
    assertThat(got.header("X-Wirewatch-Timestamp")).isEqualTo(Long.toString(CLOCK.instant().getEpochSecond()));
    assertThat(WebhookSigner.verify(SECRET, Long.parseLong(got.header("X-Wirewatch-Timestamp")), got.body(),
        got.header("X-Wirewatch-Signature"))).isTrue();
    JsonNode body = new ObjectMapper().readTree(got.body());
    assertThat(body.get("id").asText()).isEqualTo("alert-42");
    assertThat(body.get("kind").asText()).isEqualTo("NEW");
    assertThat(body.at("/article/headline").asText()).startsWith("China, Russia block");
    assertThat(body.at("/subscription/name").asText()).isEqualTo("Korea desk");
    assertThat(body.get("evidence").asText()).contains("blocked");
    assertThat(body.toString()).doesNotContain(SECRET);
  }

  @Test
  void aSlackPayloadHasTextAndBlocksWithEscapedEvidence() throws Exception {
    HttpChannel.slack(new AddressGuard(true, false), CLOCK, Duration.ofSeconds(5), AlertLinks.NONE).attempt(alert, sub(ChannelType.SLACK, null));
    RecordingWebhookServer.Received got = server.accepted().get(0);
    assertThat(got.header("X-Wirewatch-Signature")).isNull();
    JsonNode body = new ObjectMapper().readTree(got.body());
    assertThat(body.get("text").asText()).startsWith("[NEW] China, Russia block");
    assertThat(body.at("/blocks/0/type").asText()).isEqualTo("section");
    assertThat(body.at("/blocks/0/text/text").asText()).contains("<https://upi.example/1|China, Russia block")
        .contains("&lt;at&gt;");
    assertThat(body.at("/blocks/1/elements/0/text").asText()).contains("sanctions-blocked").contains("KP, CN, RU");
  }

  @Test
  void retryAfterIsReadAndStatusesClassified() throws Exception {
    server.respondWith(r -> new Reply(429, Map.of("Retry-After", "7"), "slow down"));
    HttpChannel ch = HttpChannel.webhook(new AddressGuard(true, false), CLOCK, Duration.ofSeconds(5), AlertLinks.NONE);
    DeliveryResult r = ch.attempt(alert, sub(ChannelType.WEBHOOK, SECRET));
    assertThat(r.outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
    assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(r.responseBody()).isEqualTo("slow down");
    server.respondWith(req -> Reply.status(410));
    assertThat(ch.attempt(alert, sub(ChannelType.WEBHOOK, SECRET)).outcome()).isEqualTo(DeliveryResult.Outcome.FAIL);
    assertThat(HttpChannel.retryAfter("Fri, 20 Nov 2026 15:00:30 GMT", CLOCK)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aLoopbackWebhookIsRefusedWithoutTheFlagAndNeverCalled() throws Exception {
    DeliveryResult r = HttpChannel.webhook(new AddressGuard(false, false), CLOCK, Duration.ofSeconds(5), AlertLinks.NONE)
        .attempt(alert, sub(ChannelType.WEBHOOK, SECRET));
    assertThat(r.outcome()).isEqualTo(DeliveryResult.Outcome.FAIL);
    assertThat(r.reason()).contains("loopback");
    assertThat(server.accepted()).isEmpty();
    assertThat(server.refused()).isEmpty();
  }

  @Test
  void aClosedPortIsARetriableConnectionError() throws Exception {
    Subscription s = Fixtures.subscription("korea").setChannel(Channel.newBuilder().setType(ChannelType.WEBHOOK)
        .setUrl("http://127.0.0.1:1/hook").setSecret(SECRET).build()).build();
    DeliveryResult r = HttpChannel.webhook(new AddressGuard(true, false), CLOCK, Duration.ofSeconds(2), AlertLinks.NONE).attempt(alert, s);
    assertThat(r.outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
    assertThat(r.reason()).startsWith("cannot reach");
  }
}
