package io.wirewatch.alert.delivery;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Subscription;
import java.util.function.Consumer;

/** Prints one line per alert. */
public final class ConsoleChannel implements Channel {
  private final Consumer<String> out;
  private final AlertLinks links;

  public ConsoleChannel(Consumer<String> out, AlertLinks links) {
    this.out = out;
    this.links = links;
  }

  @Override
  public DeliveryResult attempt(Alert alert, Subscription subscription) {
    out.accept(AlertPayloads.console(alert, links.evidence(alert.getArticleId())));
    return DeliveryResult.delivered(0);
  }
}
