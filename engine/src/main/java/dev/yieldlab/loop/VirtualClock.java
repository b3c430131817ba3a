package dev.yieldlab.loop;

import dev.yieldlab.api.ClockKind;
import java.util.function.BooleanSupplier;

/**
 * Time that moves only when the loop has nothing ready and jumps straight to the next timer, so tests
 * of the loop itself are instant and their timelines exact.
 */
final class VirtualClock implements LoopClock {

  private long now;

  @Override
  public long now() {
    return now;
  }

  @Override
  public void waitUntil(long deadline, BooleanSupplier abandon) {
    now = Math.max(now, deadline);
  }

  @Override
  public ClockKind kind() {
    return ClockKind.VIRTUAL;
  }
}
