package dev.yieldlab.loop;

import dev.yieldlab.api.ClockKind;
import java.util.function.BooleanSupplier;

/** The time a loop runs on, in nanoseconds since the loop was created. */
interface LoopClock {

  long now();

  /** Returns once {@link #now()} has reached {@code deadline}, or earlier once {@code abandon} says so. */
  void waitUntil(long deadline, BooleanSupplier abandon);

  /**
   * Waits in {@code io}'s selector until a socket or another thread wakes the loop or the clock reaches
   * {@code deadline} ({@link Long#MAX_VALUE}: none), whichever comes first; may return earlier.
   */
  void waitForIo(long deadline, IoDriver io);

  ClockKind kind();

  static LoopClock of(ClockKind kind) {
    return switch (kind) {
      case REAL -> new RealClock();
      case VIRTUAL -> new VirtualClock();
    };
  }
}
