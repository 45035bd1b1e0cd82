package io.wirewatch.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@code wirewatch.consumer.lag{group,topic}}: for every consumer group whose id starts
 * with the prefix ({@code wirewatch-} by default), the sum over its partitions of (end offset −
 * committed offset), polled with the admin client every {@code interval}. Groups or topics that
 * disappear are dropped from the gauge at the next poll.
 */
public final class ConsumerLagPoller implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ConsumerLagPoller.class);
  public static final String METRIC = "wirewatch.consumer.lag";
  private static final long TIMEOUT_MS = 5_000;

  /** One group's lag on one topic. */
  public record Lag(String group, String topic, long lag) {}

  private final Admin admin;
  private final String groupPrefix;
  private final MultiGauge gauge;
  private final ScheduledExecutorService timer;
  private volatile List<Lag> last = List.of();

  public ConsumerLagPoller(Admin admin, MeterRegistry registry, String groupPrefix) {
    this.admin = admin;
    this.groupPrefix = groupPrefix;
    this.gauge = MultiGauge.builder(METRIC)
        .description("Records not yet consumed, per consumer group and topic (end offset - committed offset)")
        .baseUnit("records").register(registry);
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "wirewatch-lag-poller");
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts polling every {@code interval}, the first time at once. */
  public ConsumerLagPoller start(Duration interval) {
    timer.scheduleWithFixedDelay(() -> {
      try {
        poll();
      } catch (Exception e) {
        log.debug("consumer lag poll failed: {}", e.toString());
      }
    }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /** The lag of the last poll. */
  public List<Lag> last() {
    return last;
  }

  /** Polls once and updates the gauge; returns the lags, sorted by group then topic. */
  public List<Lag> poll() throws Exception {
    List<String> groups = new ArrayList<>();
    for (GroupListing g : admin.listGroups().all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
      if (g.groupId().startsWith(groupPrefix)) {
        groups.add(g.groupId());
      }
    }
    Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new TreeMap<>();
    for (String g : groups) {
      try {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin
            .listConsumerGroupOffsets(Map.of(g, new ListConsumerGroupOffsetsSpec()))
            .partitionsToOffsetAndMetadata(g).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        committed.put(g, offsets);
      } catch (Exception e) {
        log.debug("no offsets for group {}: {}", g, e.toString());
      }
    }
    Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
    committed.values().forEach(m -> m.forEach((tp, om) -> {
      if (om != null) {
        wanted.put(tp, OffsetSpec.latest());
      }
    }));
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = wanted.isEmpty() ? Map.of()
        : admin.listOffsets(wanted, new org.apache.kafka.clients.admin.ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
            .all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    Map<String, Map<String, Long>> sums = new TreeMap<>();
    committed.forEach((g, m) -> m.forEach((tp, om) -> {
      ListOffsetsResult.ListOffsetsResultInfo end = ends.get(tp);
      if (om != null && end != null) {
        sums.computeIfAbsent(g, k -> new TreeMap<>())
            .merge(tp.topic(), Math.max(0, end.offset() - om.offset()), Long::sum);
      }
    }));
    List<Lag> lags = new ArrayList<>();
    sums.forEach((g, m) -> m.forEach((t, lag) -> lags.add(new Lag(g, t, lag))));
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    for (Lag l : lags) {
      rows.add(MultiGauge.Row.of(Tags.of("group", l.group(), "topic", l.topic()), l.lag()));
    }
    gauge.register(rows, true);
    last = List.copyOf(lags);
    return last;
  }

  /** Stops polling and removes this poller's rows from the gauge (no stale lag is reported). */
  @Override
  public void close() {
    timer.shutdownNow();
    gauge.register(List.of(), true);
    last = List.of();
  }
}
