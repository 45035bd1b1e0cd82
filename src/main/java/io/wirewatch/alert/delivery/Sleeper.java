package io.wirewatch.alert.delivery;

import java.time.Duration;

/** Waits between attempts; injected so tests need not wait. */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

  void sleep(Duration d) throws InterruptedException;
}
