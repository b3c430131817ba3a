package dev.yieldlab.loop;

import java.time.Duration;

/**
 * What a suspended task waits for, kept as the object it is about and put into words only when a
 * message needs it (deadlock, timeout, cancellation, the timeline's detail): a sleep or a join
 * happens on every switch of some runs, the message almost never.
 */
final class Waits {

  /** A task that yielded waits for its next turn. */
  static final String TURN_AFTER_YIELD = "its turn after a yield";

  /** {@code sleep PT1S}. */
  record Sleep(Duration duration) {
    @Override
    public String toString() {
      return "sleep " + duration;
    }
  }

  /** {@code join(child)}. */
  record Join(CoroutineTask<?> target) {
    @Override
    public String toString() {
      return "join(" + target.name() + ")";
    }
  }

  private Waits() {}
}
