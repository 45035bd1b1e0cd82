package io.wirewatch.platform.registry;

import java.util.List;

/**
 * Where the registry's state lives. Writes are appended in order and are visible in the {@link
 * RegistryState} when {@link #append} returns (read-your-writes).
 */
interface RegistryLog extends AutoCloseable {
  /** Appends the records in order and returns once the state has applied all of them. */
  void append(List<StoreRecords.LogRecord> records);

  @Override
  void close();
}
