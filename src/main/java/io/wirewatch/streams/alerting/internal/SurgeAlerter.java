package io.wirewatch.streams.alerting.internal;

import io.wirewatch.alert.AlertFilter;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Subscription;
import io.wirewatch.avro.Surge;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** One SURGE alert per matching subscription and surge (surge ids are deterministic, so alert ids are). */
public final class SurgeAlerter implements Processor<String, Surge, String, Alert> {
  private ProcessorContext<String, Alert> context;
  private SubscriptionsView subscriptions;

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
    this.subscriptions = new SubscriptionsView(context);
  }

  @Override
  public void process(Record<String, Surge> record) {
    for (Subscription s : subscriptions.all()) {
      if (AlertFilter.matches(s, record.value())) {
        Alert a = Alerts.forSurge(s, record.value(), context.currentSystemTimeMs());
        context.forward(new Record<>(s.getId(), a, record.timestamp()));
      }
    }
  }
}
