package io.wirewatch.retry;

import java.time.Duration;

/** Waits between attempts; injected so tests need not wait for real. */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

  void sleep(Duration d) throws InterruptedException;
}
