package dev.yieldlab.loop;

import dev.yieldlab.api.ClockKind;

/** The time a loop runs on, in nanoseconds since the loop was created. */
interface LoopClock {

  long now();

  /** Returns once {@link #now()} has reached {@code deadline}. */
  void waitUntil(long deadline);

  ClockKind kind();

  static LoopClock of(ClockKind kind) {
    return switch (kind) {
      case REAL -> new RealClock();
      case VIRTUAL -> new VirtualClock();
    };
  }
}
