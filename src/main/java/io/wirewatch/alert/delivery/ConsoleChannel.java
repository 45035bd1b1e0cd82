package io.wirewatch.alert.delivery;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Subscription;
import java.util.function.Consumer;

/** Prints one line per alert. */
public final class ConsoleChannel implements Channel {
  private final Consumer<String> out;

  public ConsoleChannel(Consumer<String> out) {
    this.out = out;
  }

  @Override
  public DeliveryResult attempt(Alert alert, Subscription subscription) {
    out.accept(AlertPayloads.console(alert));
    return DeliveryResult.delivered(0);
  }
}
