package io.wirewatch.alert.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.alert.SubscriptionRequest;
import io.wirewatch.alert.SubscriptionStore;
import io.wirewatch.avro.Subscription;
import io.wirewatch.registry.AvroSerdes;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.testkit.TopicBytes;
import io.wirewatch.topics.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Webhook secrets on a real broker: the raw bytes of news.subscriptions never hold them. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SealedSecretsIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
  private static final String SECRET = "desk-secret-7f3a9c1e-never-on-disk";

  @Test
  void theTopicHoldsOnlyTheSealedSecretAndTheStoreReadsItBack() throws Exception {
    kafka.createWirewatchTopics();
    SecretKeys v1 = SecretKeys.resolve(null, "v1:" + Base64.getEncoder().encodeToString(new byte[32]));
    Serde<Subscription> plain = AvroSerdes.specific(Subscription.class, kafka.clientConfig(), false);
    String id;
    try (SubscriptionStore store = new SubscriptionStore(kafka.clientConfig(),
        SealedSubscriptionSerde.wrap(plain, v1), Clock.systemUTC())) {
      id = store.add(new SubscriptionRequest("Korea desk", List.of(), List.of("KP"), List.of(), List.of(), null, null,
          null, new SubscriptionRequest.ChannelRequest("webhook", "https://hooks.example/w", SECRET))).getId();
      assertThat(store.list()).singleElement().satisfies(s -> assertThat(s.getChannel().getSecret()).isEqualTo(SECRET));
    }

    List<ConsumerRecord<byte[], byte[]>> raw = TopicBytes.all(kafka.bootstrapServers(), TopicNames.SUBSCRIPTIONS);
    assertThat(raw).hasSize(1);
    String bytes = new String(raw.get(0).value(), StandardCharsets.ISO_8859_1);
    assertThat(bytes).contains("wwsec:v1:v1:").contains("hooks.example").doesNotContain(SECRET)
        .doesNotContain(SECRET.substring(0, 12));
    // a client without the key (kcat, a stray consumer) sees only the sealed form
    Subscription seenWithoutKey = plain.deserializer().deserialize(TopicNames.SUBSCRIPTIONS, raw.get(0).value());
    assertThat(seenWithoutKey.getChannel().getSecret()).startsWith("wwsec:v1:v1:");

    // after a rotation the old record still opens, and the next write uses the new key
    SecretKeys rotated = SecretKeys.resolve(null, "v1:" + Base64.getEncoder().encodeToString(new byte[32])
        + ",v2:" + Base64.getEncoder().encodeToString("abcdefghijklmnopqrstuvwxyz012345".getBytes()));
    try (SubscriptionStore store = new SubscriptionStore(kafka.clientConfig(),
        SealedSubscriptionSerde.wrap(plain, rotated), Clock.systemUTC())) {
      Subscription s = store.list().get(0);
      assertThat(s.getChannel().getSecret()).isEqualTo(SECRET);
      store.put(s);
    }
    List<ConsumerRecord<byte[], byte[]>> after = TopicBytes.all(kafka.bootstrapServers(), TopicNames.SUBSCRIPTIONS);
    assertThat(new String(after.get(after.size() - 1).value(), StandardCharsets.ISO_8859_1))
        .contains("wwsec:v1:v2:").doesNotContain(SECRET);
    assertThat(after).allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET));
    assertThat(id).startsWith("sub-");
  }
}
