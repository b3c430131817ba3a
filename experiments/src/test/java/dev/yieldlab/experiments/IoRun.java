package dev.yieldlab.experiments;

import dev.yieldlab.api.timing.PairedSample;
import dev.yieldlab.experiments.support.GcPauses;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * What one C7 run measured: how many requests it made, the wall time they took together, the CPU
 * time of the threads that made them (read from each thread's CPU clock), the time they waited in the
 * kernel's run queue for a CPU ({@code /proc/thread-self/schedstat}), the kernel threads (TIDs)
 * that ran request code, and how long the JVM stopped every Java thread for garbage collection
 * meanwhile ({@link GcPauses}): a thread held at such a pause sleeps in the kernel, though not because
 * its code waits, so the awake fraction leaves those pauses out of the wall time.
 */
record IoRun(int requests, long wallNanos, long cpuNanos, long runQueueNanos, Set<Long> kernelThreads,
    long gcPauseNanos) implements PairedSample {

  IoRun {
    kernelThreads = Set.copyOf(kernelThreads);
  }

  Duration wall() {
    return Duration.ofNanos(wallNanos);
  }

  /** What a C7 ratio compares: the requests' wall time, as the run timed it around them. */
  @Override
  public Duration measured() {
    return wall();
  }

  /** CPU time over wall time: near 0 for a thread that sleeps in the kernel while it waits, near 1 for one that spins. */
  double cpuFraction() {
    return (double) cpuNanos / wallNanos;
  }

  /**
   * How much of the wall time each requesting thread was awake, on a CPU or waiting for one, on
   * average: near 1 for a thread that spins even when other processes keep it off the CPU, near 0
   * for one asleep in the kernel while it waits.
   */
  double awakeFraction() {
    return (double) (cpuNanos + runQueueNanos) / Math.max(1, wallNanos - gcPauseNanos) / Math.max(1, kernelThreads.size());
  }

  @Override
  public String describe() {
    return String.format(Locale.ROOT, "%d requests in %.1f ms, CPU %.1f ms (%.3f of the wall), %.1f ms waiting for a CPU,"
        + " awake %.3f of the wall outside %.1f ms of GC pauses per thread, %d kernel thread(s)", requests, wallNanos / 1e6,
        cpuNanos / 1e6, cpuFraction(), runQueueNanos / 1e6, awakeFraction(), gcPauseNanos / 1e6, kernelThreads.size());
  }
}
