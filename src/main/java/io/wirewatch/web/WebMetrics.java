package io.wirewatch.web;

import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.Consumer;

/**
 * Prometheus metrics of the process: one {@link PrometheusMeterRegistry}, added to
 * {@link Metrics#globalRegistry} so that every meter any feature registers there (ingest, enrichment,
 * alerting counters) is scraped, plus the JVM and process binders. {@code GET /metrics} serves the
 * Prometheus text format.
 */
public final class WebMetrics implements Consumer<JavalinConfig> {
  /** The Prometheus text exposition format, version 0.0.4. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private static PrometheusMeterRegistry registry;

  private final PrometheusMeterRegistry prometheus;

  public WebMetrics() {
    this(prometheus());
  }

  public WebMetrics(PrometheusMeterRegistry prometheus) {
    this.prometheus = prometheus;
  }

  /** The process's Prometheus registry, created (and bound to the JVM metrics) on first use. */
  public static synchronized PrometheusMeterRegistry prometheus() {
    if (registry == null) {
      PrometheusMeterRegistry r = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      new JvmMemoryMetrics().bindTo(r);
      new JvmGcMetrics().bindTo(r);
      new JvmThreadMetrics().bindTo(r);
      new ClassLoaderMetrics().bindTo(r);
      new ProcessorMetrics().bindTo(r);
      new UptimeMetrics().bindTo(r);
      Metrics.addRegistry(r);
      registry = r;
    }
    return registry;
  }

  @Override
  public void accept(JavalinConfig config) {
    config.routes.get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(prometheus.scrape()));
  }
}
