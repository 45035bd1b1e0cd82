package io.wirewatch.alert.secrets;

import io.wirewatch.avro.Channel;
import io.wirewatch.avro.Subscription;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A {@code Subscription} serde that seals the webhook secret ({@link SecretBox}) on the way to
 * {@code news.subscriptions} and opens it on the way back, so the topic never holds it in
 * plaintext. Secrets written in plaintext by an older version are read as they are (and sealed
 * the next time the subscription is written).
 *
 * <pre>{@code
 * Serde<Subscription> serde = SealedSubscriptionSerde.wrap(AvroSerdes.specific(Subscription.class, cfg, false), keys);
 * }</pre>
 *
 * Roles that only match alerts (the alerting Streams app) can keep the plain serde: for them the
 * sealed secret is an opaque string they never use.
 */
public final class SealedSubscriptionSerde implements Serde<Subscription> {
  private final Serde<Subscription> inner;
  private final SecretBox box;

  private SealedSubscriptionSerde(Serde<Subscription> inner, SecretBox box) {
    this.inner = inner;
    this.box = box;
  }

  public static Serde<Subscription> wrap(Serde<Subscription> inner, SecretKeys keys) {
    return new SealedSubscriptionSerde(inner, new SecretBox(keys));
  }

  /** {@code s} with its secret sealed (or {@code s} itself when there is none, or it is sealed already). */
  public Subscription seal(Subscription s) {
    String secret = s == null ? null : s.getChannel().getSecret();
    if (secret == null || secret.isEmpty() || SecretBox.isSealed(secret)) {
      return s;
    }
    return withSecret(s, box.seal(secret, s.getId()));
  }

  /** {@code s} with its secret opened. */
  public Subscription open(Subscription s) {
    String secret = s == null ? null : s.getChannel().getSecret();
    if (!SecretBox.isSealed(secret)) {
      return s;
    }
    return withSecret(s, box.open(secret, s.getId()));
  }

  private static Subscription withSecret(Subscription s, String secret) {
    return Subscription.newBuilder(s).setChannel(Channel.newBuilder(s.getChannel()).setSecret(secret).build()).build();
  }

  @Override
  public Serializer<Subscription> serializer() {
    Serializer<Subscription> s = inner.serializer();
    return new Serializer<>() {
      @Override
      public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        s.configure(configs, isKey);
      }

      @Override
      public byte[] serialize(String topic, Subscription data) {
        return s.serialize(topic, seal(data));
      }

      @Override
      public void close() {
        s.close();
      }
    };
  }

  @Override
  public Deserializer<Subscription> deserializer() {
    Deserializer<Subscription> d = inner.deserializer();
    return new Deserializer<>() {
      @Override
      public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        d.configure(configs, isKey);
      }

      @Override
      public Subscription deserialize(String topic, byte[] data) {
        return open(d.deserialize(topic, data));
      }

      @Override
      public void close() {
        d.close();
      }
    };
  }
}
