package io.wirewatch.streams.alerting.internal;

import io.wirewatch.avro.Surge;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Reads the hopping one-hour counts per country|topic. For the window that ends soonest after the
 * newest article (the last hour), it compares the count with the mean of the 24 whole hours before
 * that window, read back from the same window store. A surge needs count >= m and count >= k × mean;
 * {@code surges-emitted} remembers the end of the last surge per key so overlapping windows of one
 * burst report it once.
 */
public final class SurgeDetector implements Processor<Windowed<String>, SurgeBucket, String, Surge> {
  public static final String COUNTS_STORE = "surge-hourly-counts";
  public static final String EMITTED_STORE = "surges-emitted";
  private static final long HOUR = Duration.ofHours(1).toMillis();

  private final double k;
  private final int m;
  private final long advance;
  private ProcessorContext<String, Surge> context;
  private ReadOnlyWindowStore<String, Object> counts;
  private KeyValueStore<String, Long> emitted;

  public SurgeDetector(double k, int m, Duration advance) {
    this.k = k;
    this.m = m;
    this.advance = advance.toMillis();
  }

  @Override
  public void init(ProcessorContext<String, Surge> context) {
    this.context = context;
    this.counts = context.getStateStore(COUNTS_STORE);
    this.emitted = context.getStateStore(EMITTED_STORE);
  }

  @Override
  public void process(Record<Windowed<String>, SurgeBucket> record) {
    if (record.value() == null) {
      return;
    }
    long start = record.key().window().start();
    long end = record.key().window().end();
    long t = record.timestamp();
    if (!(end > t && end - advance <= t)) {
      return; // not the window that ends right after the newest article
    }
    String key = record.key().key();
    int count = record.value().count();
    long baseline = 0;
    for (int i = 1; i <= 24; i++) {
      Object v = counts.fetch(key, start - i * HOUR);
      Object bucket = v instanceof ValueAndTimestamp<?> vt ? vt.value() : v;
      if (bucket instanceof SurgeBucket b) {
        baseline += b.count();
      }
    }
    double mean = baseline / 24.0;
    if (count < m || count < k * mean) {
      return;
    }
    Long lastEnd = emitted.get(key);
    if (lastEnd != null && start < lastEnd) {
      return; // same burst as the surge already reported
    }
    emitted.put(key, end);
    int bar = key.indexOf('|');
    String id = key + "|" + Instant.ofEpochMilli(start);
    Surge surge = Surge.newBuilder()
        .setId(id)
        .setCountry(key.substring(0, bar))
        .setTopic(key.substring(bar + 1))
        .setWindowStart(Instant.ofEpochMilli(start))
        .setWindowEnd(Instant.ofEpochMilli(end))
        .setCount(count)
        .setBaselineHourlyMean(mean)
        .setRatio(mean == 0 ? count : count / mean)
        .setDetected(Instant.ofEpochMilli(context.currentSystemTimeMs()))
        .setSampleHeadline(record.value().headline())
        .build();
    context.forward(new Record<>(key, surge, record.timestamp()));
  }
}
