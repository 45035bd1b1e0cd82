package io.wirewatch.alert.delivery;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Subscription;

/** Makes one delivery attempt. Implementations never throw for delivery problems: they return the outcome. */
public interface Channel {
  DeliveryResult attempt(Alert alert, Subscription subscription) throws InterruptedException;
}
