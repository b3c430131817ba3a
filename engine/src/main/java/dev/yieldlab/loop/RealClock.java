package dev.yieldlab.loop;

import dev.yieldlab.api.ClockKind;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Wall time from {@link System#nanoTime()}; waiting parks the loop's thread. */
final class RealClock implements LoopClock {

  private final long origin = System.nanoTime();

  @Override
  public long now() {
    return System.nanoTime() - origin;
  }

  @Override
  public void waitUntil(long deadline, BooleanSupplier abandon) {
    // parkNanos may return early (spuriously or on unpark), so loop until the deadline has passed.
    for (long left = deadline - now(); left > 0 && !abandon.getAsBoolean(); left = deadline - now()) {
      LockSupport.parkNanos(left);
    }
  }

  @Override
  public ClockKind kind() {
    return ClockKind.REAL;
  }
}
