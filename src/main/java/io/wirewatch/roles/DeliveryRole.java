package io.wirewatch.roles;

import io.wirewatch.client.ClientConfig;
import io.wirewatch.alert.delivery.DeliveryConfig;
import io.wirewatch.alert.delivery.DeliveryListener;
import io.wirewatch.alert.delivery.DeliveryService;
import io.wirewatch.alert.secrets.SealedSubscriptionSerde;
import io.wirewatch.alert.secrets.SecretKeys;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Subscription;
import io.wirewatch.registry.AvroSerdes;
import java.util.Map;

/**
 * The delivery role of one channel: a consumer group on news.alerts that delivers each alert to the
 * subscriptions of its channel, at least once (retries, then news.alerts.dlq). Instances of one
 * channel share the partitions.
 */
public final class DeliveryRole implements AutoCloseable {

  /**
   * @param client connection settings (a registry URL is required)
   * @param delivery channel, consumer group, retry policy and address rules
   * @param secrets keys that open the webhook secrets sealed in news.subscriptions
   */
  public record Config(ClientConfig client, DeliveryConfig delivery, SecretKeys secrets) {
    public Config validated() {
      client.requireRegistry();
      return this;
    }
  }

  private final DeliveryService service;

  private DeliveryRole(DeliveryService service) {
    this.service = service;
  }

  /** Validates {@code c}, loads the subscriptions and starts delivering on a thread of its own. */
  public static DeliveryRole start(Config c, DeliveryListener listener) {
    c.validated();
    Map<String, Object> registry = c.client().registry();
    return new DeliveryRole(DeliveryService.start(registry, c.delivery(),
        AvroSerdes.specific(Alert.class, registry, false), SealedSubscriptionSerde.wrap(AvroSerdes.specific(Subscription.class, registry, false), c.secrets()),
        listener));
  }

  public boolean isRunning() {
    return service.isRunning();
  }

  /** Why delivery stopped by itself, or null. */
  public Throwable failure() {
    return service.failure();
  }

  @Override
  public void close() {
    service.close();
  }
}
