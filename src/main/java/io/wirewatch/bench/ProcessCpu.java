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

  /**
   * Time the JIT compiler threads have spent compiling so far, in nanoseconds (millisecond
   * resolution), or -1 when the runtime does not say. Part of {@link #nanos()}: in a short run it
   * is a large and erratic share, which a long-running process pays once at start.
   */
  public static long compileNanos() {
    var jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() * 1_000_000L : -1;
  }

  /** Process CPU and JIT compilation time at one moment: subtract two to measure a stretch of work. */
  public record Reading(long cpuNanos, long compileNanos) {
    public static Reading now() {
      return new Reading(ProcessCpu.nanos(), ProcessCpu.compileNanos());
    }

    /** CPU per record since {@code start}, in microseconds; NaN when unknown. */
    public double microsPerRecordSince(Reading start, long records) {
      return microsPerRecord(start.cpuNanos, cpuNanos, records);
    }

    /** As {@link #microsPerRecordSince}, leaving out the time spent compiling; NaN when unknown. */
    public double microsPerRecordWithoutJitSince(Reading start, long records) {
      if (start.compileNanos < 0 || compileNanos < 0 || start.cpuNanos < 0 || cpuNanos < 0) {
        return Double.NaN;
      }
      return microsPerRecord(start.cpuNanos, cpuNanos - (compileNanos - start.compileNanos), records);
    }
  }

  /** Microseconds of CPU per record between two {@link #nanos()} readings, or NaN when unknown. */
  public static double microsPerRecord(long startNanos, long endNanos, long records) {
    return startNanos < 0 || endNanos < 0 || records <= 0 ? Double.NaN : (endNanos - startNanos) / 1e3 / records;
  }
}
