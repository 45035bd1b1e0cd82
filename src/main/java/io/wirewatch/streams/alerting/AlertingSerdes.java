package io.wirewatch.streams.alerting;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.Story;
import io.wirewatch.avro.Subscription;
import io.wirewatch.avro.Surge;
import org.apache.kafka.common.serialization.Serde;

/** The value serdes of the alerting topologies and delivery, passed in so tests and the registry can choose. */
public record AlertingSerdes(Serde<EnrichedArticle> enriched, Serde<Story> story, Serde<Subscription> subscription,
    Serde<Alert> alert, Serde<Surge> surge) {}
