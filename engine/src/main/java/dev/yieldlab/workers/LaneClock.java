package dev.yieldlab.workers;

/**
 * {@link System#nanoTime()} readings turned into epoch nanoseconds by one offset read when the class
 * loads: cheap enough for every event a virtual thread records, and consistent among them, while
 * {@link EpochNanos} (an {@code Instant} per call) is for a few readings.
 */
final class LaneClock {

  private static final long OFFSET = EpochNanos.now() - System.nanoTime();

  private LaneClock() {}

  static long epochNanos(long nanoTime) {
    return nanoTime + OFFSET;
  }
}
