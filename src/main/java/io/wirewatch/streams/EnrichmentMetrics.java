package io.wirewatch.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Counters of the enrichment application, in Micrometer's global registry (the web role exposes
 * it at /metrics): in, out, dead-lettered, matches per event topic, and ingest-to-enriched latency.
 */
public final class EnrichmentMetrics {
  private EnrichmentMetrics() {}

  static void in() {
    Counter.builder("wirewatch.articles.consumed").description("Raw articles read by the enrichment")
        .register(Metrics.globalRegistry).increment();
  }

  static void out() {
    Counter.builder("wirewatch.articles.enriched").description("Articles enriched and written")
        .register(Metrics.globalRegistry).increment();
  }

  static void deadLettered(String stage) {
    Counter.builder("wirewatch.dlq").description("Records sent to the dead-letter topic").tag("stage", stage)
        .register(Metrics.globalRegistry).increment();
  }

  static void match(String topic) {
    Counter.builder("wirewatch.event.topic.matches").description("Enriched articles per event topic")
        .tag("topic", topic).register(Metrics.globalRegistry).increment();
  }

  static void latency(Duration d) {
    if (d.isNegative()) {
      return;
    }
    Timer.builder("wirewatch.enrich.latency").description("From ingest to enriched")
        .publishPercentiles(0.5, 0.95, 0.99).register(Metrics.globalRegistry).record(d);
  }
}
