package dev.yieldlab.workers;

import java.time.Instant;

/**
 * Wall-clock time in nanoseconds since the epoch: unlike {@link System#nanoTime()}, whose origin is
 * private to one JVM, it lets a parent compare the spans its child processes report.
 */
final class EpochNanos {

  private EpochNanos() {}

  static long now() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
