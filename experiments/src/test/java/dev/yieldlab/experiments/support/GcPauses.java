package dev.yieldlab.experiments.support;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * The JVM's stop-the-world collection time so far, in nanoseconds: what its collectors' beans
 * count, leaving out the ones that run beside the program ({@code G1 Concurrent GC}). Measured in
 * C7: a 135 ms young pause (the earlier runs' timelines of a million events each, copied) inside a
 * 360 ms polling run read as the spinning loop thread being asleep for a third of it.
 */
public final class GcPauses {

  private GcPauses() {}

  public static long nanos() {
    long millis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!collector.getName().contains("Concurrent") && collector.getCollectionTime() > 0) {
        millis += collector.getCollectionTime();
      }
    }
    return millis * 1_000_000;
  }
}
