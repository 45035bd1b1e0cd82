package io.wirewatch.streams.alerting;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.Story;
import io.wirewatch.avro.Subscription;
import io.wirewatch.avro.Surge;
import io.wirewatch.registry.AvroSerdes;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/** The value serdes of the alerting topologies and delivery, passed in so tests and the registry can choose. */
public record AlertingSerdes(Serde<EnrichedArticle> enriched, Serde<Story> story, Serde<Subscription> subscription,
    Serde<Alert> alert, Serde<Surge> surge) {

  /** Confluent-framed Avro through the schema registry named in {@code config} (schema.registry.url...). */
  public static AlertingSerdes registry(Map<String, ?> config) {
    return new AlertingSerdes(AvroSerdes.specific(EnrichedArticle.class, config, false),
        AvroSerdes.specific(Story.class, config, false), AvroSerdes.specific(Subscription.class, config, false),
        AvroSerdes.specific(Alert.class, config, false), AvroSerdes.specific(Surge.class, config, false));
  }
}
