package dev.yieldlab.loop;

import dev.yieldlab.api.ClockKind;
import java.util.function.BooleanSupplier;

/** The time a loop runs on, in nanoseconds since the loop was created. */
interface LoopClock {

  long now();

  /** Returns once {@link #now()} has reached {@code deadline}, or earlier once {@code abandon} says so. */
  void waitUntil(long deadline, BooleanSupplier abandon);

  /**
   * How long, in real nanos, a wait for I/O may last so as not to pass {@code deadline} ({@link
   * Long#MAX_VALUE}: none; then -1, without a limit): the I/O driver waits, and then the clock is told
   * how long that took ({@link #waitedForIo}). The clock knows time; it does not wait on sockets.
   */
  default long ioTimeout(long deadline) {
    return deadline == Long.MAX_VALUE ? -1 : Math.max(1, deadline - now());
  }

  /** A wait for I/O toward {@code deadline} took {@code waitedNanos} of real time. */
  default void waitedForIo(long waitedNanos, long deadline) {}

  ClockKind kind();

  static LoopClock of(ClockKind kind) {
    return switch (kind) {
      case REAL -> new RealClock();
      case VIRTUAL -> new VirtualClock();
    };
  }
}
