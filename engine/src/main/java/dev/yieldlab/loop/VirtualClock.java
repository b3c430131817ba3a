package dev.yieldlab.loop;

import dev.yieldlab.api.ClockKind;
import java.util.function.BooleanSupplier;

/**
 * Time that moves only when the loop has nothing ready and jumps straight to the next timer, so tests
 * of the loop itself are instant and their timelines exact.
 *
 * <p>Except while a wait outside the loop is pending (a socket, a future, a thread call): its answer
 * comes in real time and could come before the next timer, so time must not jump past that timer's
 * deadline. The loop then waits in real time, up to as long as the clock has left until the deadline,
 * and the clock moves on by the real time waited, never past the deadline (kotlinx-coroutines-test
 * jumps there, and users meet timeouts that fire before a real answer could come: its issues #3179
 * and #4505).
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

  /** Moves on by the real time a wait for I/O took, never past {@code deadline}. */
  @Override
  public void waitedForIo(long waitedNanos, long deadline) {
    now = deadline - now <= waitedNanos ? Math.max(now, deadline) : now + waitedNanos;
  }

  @Override
  public ClockKind kind() {
    return ClockKind.VIRTUAL;
  }
}
