package io.wirewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.alert.testing.Fixtures;
import io.wirewatch.alert.testing.RecordingWebhookServer;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.AlertKind;
import io.wirewatch.avro.Channel;
import io.wirewatch.avro.ChannelType;
import io.wirewatch.avro.Subscription;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook channel connects to the address the guard approved: the names used here exist only in
 * the stub resolver, so a delivery that arrives proves the connection used the pinned address.
 */
class PinnedDeliveryTest {
  private final RecordingWebhookServer server = new RecordingWebhookServer();
  private final int port = java.net.URI.create(server.url("/")).getPort();
  private final Alert alert = Alert.newBuilder().setId("alert-pin").setSubscriptionId("s").setSubscriptionName("S")
      .setStoryId("st").setArticleId("a").setKind(AlertKind.NEW).setEventTopics(List.of()).setCountries(List.of())
      .setHeadline("h").setUrl(null).setSource("src").setEvidence("e").setConfidence(0.5)
      .setPublished(Instant.EPOCH).setAlerted(Instant.EPOCH).build();

  @AfterEach
  void stop() {
    server.close();
  }

  private Subscription to(String url) {
    return Fixtures.subscription("s").setChannel(Channel.newBuilder().setType(ChannelType.WEBHOOK).setUrl(url)
        .setSecret("a-secret-of-sixteen-chars").build()).build();
  }

  @Test
  void aRebindingNameIsResolvedOnceAndTheConnectionGoesWhereTheCheckLooked() throws Exception {
    AtomicInteger lookups = new AtomicInteger();
    // first answer: this machine (allowed here, as in dev); any later answer: an internal address
    AddressGuard guard = new AddressGuard(true, false, host -> new InetAddress[] {lookups.getAndIncrement() == 0
        ? InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})
        : InetAddress.getByAddress(host, new byte[] {10, 0, 0, 66})});
    DeliveryResult r = HttpChannel.webhook(guard, Clock.systemUTC(), Duration.ofSeconds(5), AlertLinks.NONE)
        .attempt(alert, to("http://rebind.test:" + port + "/hook"));
    assertThat(r.outcome()).as(r.toString()).isEqualTo(DeliveryResult.Outcome.DELIVERED);
    assertThat(lookups.get()).isEqualTo(1);
    assertThat(server.accepted()).singleElement()
        .satisfies(got -> assertThat(got.header("Host")).isEqualTo("rebind.test:" + port));
  }

  @Test
  void aNameThatResolvesInwardIsNeverConnectedTo() throws Exception {
    AddressGuard guard = new AddressGuard(false, false,
        host -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})});
    DeliveryResult r = HttpChannel.webhook(guard, Clock.systemUTC(), Duration.ofSeconds(5), AlertLinks.NONE)
        .attempt(alert, to("http://inward.test:" + port + "/hook"));
    assertThat(r.outcome()).isEqualTo(DeliveryResult.Outcome.FAIL);
    assertThat(r.reason()).contains("loopback");
    assertThat(server.accepted()).isEmpty();
    assertThat(server.refused()).isEmpty();
  }

  @Test
  void decimalAddressesAreRefusedWithoutAConnection() throws Exception {
    AddressGuard guard = new AddressGuard(true, true, host -> {
      throw new AssertionError("no lookup expected for " + host);
    });
    DeliveryResult r = HttpChannel.webhook(guard, Clock.systemUTC(), Duration.ofSeconds(5), AlertLinks.NONE)
        .attempt(alert, to("http://2130706433:" + port + "/hook"));
    assertThat(r.outcome()).isEqualTo(DeliveryResult.Outcome.FAIL);
    assertThat(server.accepted()).isEmpty();
  }
}
