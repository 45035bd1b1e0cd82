package io.wirewatch.replay.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The newest records of a topic, at most {@code capacity}, one per key (a newer record with the
 * same key, e.g. an article revision or a story update, replaces the older one). Memory is bounded
 * by the capacity. Thread-safe: a feed thread adds while HTTP threads query.
 */
public final class RecentRecords<T> {
  /** A value with its record timestamp. */
  public record Entry<T>(String key, Instant timestamp, T value) {}

  private final int capacity;
  private final LinkedHashMap<String, Entry<T>> byKey = new LinkedHashMap<>();
  private long added;

  public RecentRecords(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    this.capacity = capacity;
  }

  public int capacity() {
    return capacity;
  }

  /** Adds or replaces the value for {@code key}; drops the least recently added key when full. */
  public synchronized void add(String key, Instant timestamp, T value) {
    byKey.remove(key);
    byKey.put(key, new Entry<>(key, timestamp, value));
    added++;
    if (byKey.size() > capacity) {
      Iterator<Map.Entry<String, Entry<T>>> it = byKey.entrySet().iterator();
      it.next();
      it.remove();
    }
  }

  /** Removes a key (a tombstone on a compacted topic). */
  public synchronized void remove(String key) {
    byKey.remove(key);
  }

  public synchronized int size() {
    return byKey.size();
  }

  /** Records added since start, replacements included. */
  public synchronized long added() {
    return added;
  }

  /** The oldest timestamp held, or null when empty: how far back answers can reach. */
  public synchronized Instant oldest() {
    return byKey.values().stream().map(Entry::timestamp).min(Comparator.naturalOrder()).orElse(null);
  }

  /**
   * The newest matching entries, newest first, at most {@code limit}.
   *
   * @param from inclusive lower bound on the timestamp, or null
   * @param to exclusive upper bound, or null
   */
  public List<Entry<T>> newest(Instant from, Instant to, Predicate<T> keep, int limit) {
    List<Entry<T>> snapshot;
    synchronized (this) {
      snapshot = new ArrayList<>(byKey.values());
    }
    List<Entry<T>> out = new ArrayList<>();
    for (Entry<T> e : snapshot) {
      if ((from == null || !e.timestamp().isBefore(from)) && (to == null || e.timestamp().isBefore(to))
          && keep.test(e.value())) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparing((Entry<T> e) -> e.timestamp()).reversed().thenComparing(Entry::key));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }
}
