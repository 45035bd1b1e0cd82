package io.wirewatch.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one ingest run: items read, posted, unchanged, skipped (by reason) and send
 * failures. Thread-safe; {@link #summary()} is the line every run ends with.
 */
public final class IngestStats {
  private final LongAdder read = new LongAdder();
  private final LongAdder posted = new LongAdder();
  private final LongAdder unchanged = new LongAdder();
  private final LongAdder sendFailed = new LongAdder();
  private final Map<String, LongAdder> skipped = new ConcurrentHashMap<>();

  public void read() {
    read.increment();
  }

  public void posted() {
    posted.increment();
  }

  public void unchanged() {
    unchanged.increment();
  }

  public void sendFailed() {
    sendFailed.increment();
  }

  public void skipped(String reason) {
    skipped.computeIfAbsent(reason, r -> new LongAdder()).increment();
  }

  public long readCount() {
    return read.sum();
  }

  public long postedCount() {
    return posted.sum();
  }

  public long unchangedCount() {
    return unchanged.sum();
  }

  public long sendFailedCount() {
    return sendFailed.sum();
  }

  public long skippedCount() {
    return skipped.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Skipped items by reason, sorted by reason. */
  public Map<String, Long> skippedByReason() {
    Map<String, Long> out = new TreeMap<>();
    skipped.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** E.g. {@code read 12, posted 9, unchanged 1, skipped 2 (malformed JSON: 1, invalid UTF-8: 1)}. */
  public String summary() {
    StringBuilder sb = new StringBuilder()
        .append("read ").append(readCount())
        .append(", posted ").append(postedCount())
        .append(", unchanged ").append(unchangedCount())
        .append(", skipped ").append(skippedCount());
    Map<String, Long> by = skippedByReason();
    if (!by.isEmpty()) {
      StringBuilder reasons = new StringBuilder();
      by.forEach((k, v) -> reasons.append(reasons.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
      sb.append(" (").append(reasons).append(')');
    }
    if (sendFailedCount() > 0) {
      sb.append(", failed to send ").append(sendFailedCount());
    }
    return sb.toString();
  }
}
