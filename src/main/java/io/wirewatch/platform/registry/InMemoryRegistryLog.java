package io.wirewatch.platform.registry;

import java.util.ArrayList;
import java.util.List;

/** A log kept in memory and applied at once: for unit tests of the registry's semantics. */
final class InMemoryRegistryLog implements RegistryLog {
  private final RegistryState state;
  private final List<StoreRecords.LogRecord> records = new ArrayList<>();

  InMemoryRegistryLog(RegistryState state) {
    this.state = state;
  }

  @Override
  public synchronized void append(List<StoreRecords.LogRecord> batch) {
    for (StoreRecords.LogRecord record : batch) {
      records.add(record);
      state.apply(record.key(), record.value());
    }
  }

  /** Everything appended so far, in order. */
  synchronized List<StoreRecords.LogRecord> records() {
    return List.copyOf(records);
  }

  @Override
  public void close() {}
}
