package io.wirewatch.alert.delivery;

import io.wirewatch.avro.Alert;

/**
 * Hooks called on the delivery thread after an alert was delivered or dead-lettered and BEFORE its
 * offset is committed. An exception thrown here stops the service without committing that alert,
 * exactly like a crash at that point: the alert is delivered again by the next consumer of the group.
 */
public interface DeliveryListener {
  DeliveryListener NONE = new DeliveryListener() {};

  default void delivered(Alert alert, Deliverer.Report report) {}

  default void deadLettered(Alert alert, Deliverer.Report report) {}

  default void skipped(Alert alert, String reason) {}
}
