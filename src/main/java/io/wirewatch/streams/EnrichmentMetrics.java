package io.wirewatch.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters of the enrichment application, in Micrometer's global registry (the web role exposes
 * it at /metrics): in, out, dead-lettered, matches per event topic, and ingest-to-enriched latency.
 */
public final class EnrichmentMetrics {
  // Built once: looking a meter up through its builder on every record is wasted work on the hot path.
  private static final Counter IN = Counter.builder("wirewatch.articles.consumed")
      .description("Raw articles read by the enrichment").register(Metrics.globalRegistry);
  private static final Counter OUT = Counter.builder("wirewatch.articles.enriched")
      .description("Articles enriched and written").register(Metrics.globalRegistry);
  private static final Timer LATENCY = Timer.builder("wirewatch.enrich.latency").description("From ingest to enriched")
      .publishPercentiles(0.5, 0.95, 0.99).register(Metrics.globalRegistry);
  private static final Map<String, Counter> DLQ = new ConcurrentHashMap<>();
  private static final Map<String, Counter> MATCHES = new ConcurrentHashMap<>();

  private EnrichmentMetrics() {}

  static void in() {
    IN.increment();
  }

  static void out() {
    OUT.increment();
  }

  static void deadLettered(String stage) {
    DLQ.computeIfAbsent(stage, st -> Counter.builder("wirewatch.dlq").description("Records sent to the dead-letter topic")
        .tag("stage", st).register(Metrics.globalRegistry)).increment();
  }

  static void match(String topic) {
    MATCHES.computeIfAbsent(topic, t -> Counter.builder("wirewatch.event.topic.matches")
        .description("Enriched articles per event topic").tag("topic", t).register(Metrics.globalRegistry)).increment();
  }

  static void latency(Duration d) {
    if (!d.isNegative()) {
      LATENCY.record(d);
    }
  }
}
