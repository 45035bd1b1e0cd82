package io.wirewatch.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time used by this process, on all its threads. With the embedded broker in the same JVM it
 * covers client and broker alike, so CPU per record compares two stages even when other programs
 * on a shared machine make their wall-clock rates jump from one run to the next.
 */
public final class ProcessCpu {
  private ProcessCpu() {}

  /** Process CPU time in nanoseconds, or -1 when the runtime does not say. */
  public static long nanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /** Microseconds of CPU per record between two {@link #nanos()} readings, or NaN when unknown. */
  public static double microsPerRecord(long startNanos, long endNanos, long records) {
    return startNanos < 0 || endNanos < 0 || records <= 0 ? Double.NaN : (endNanos - startNanos) / 1e3 / records;
  }
}
