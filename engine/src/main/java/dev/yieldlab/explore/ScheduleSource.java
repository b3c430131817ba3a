package dev.yieldlab.explore;

/**
 * The schedules one strategy gives an exploration, one {@link ChoiceSource} each. A randomised
 * strategy's schedule {@code index} depends only on the seed, the index and the FIFO schedule's
 * length, so {@code random-7-1234} names one schedule for good.
 */
interface ScheduleSource {

  /** The label schedule ids and scopes use: {@code random}, {@code pct3}, {@code pos}, {@code exhaustive}. */
  String label();

  /** The choices of this strategy's schedule number {@code index}; null when it has no more (a finished search). */
  ChoiceSource schedule(long index);

  /** What that schedule chose, once its run has ended: the search strategies learn from it. */
  default void ran(Schedule schedule) {}

  /** Whether the strategy has given every schedule it has: an exhaustive search that ended. */
  default boolean complete() {
    return false;
  }
}
