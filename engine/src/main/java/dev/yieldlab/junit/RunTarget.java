package dev.yieldlab.junit;

import dev.yieldlab.api.PairSide;
import dev.yieldlab.loop.EventLoop;

/**
 * What a run calls as its loop's main coroutine: the run method on the right instance (or on an
 * instrumented copy), given the loop it runs on and, for one side of a paired run, that side.
 */
@FunctionalInterface
interface RunTarget {

  /** Calls the run method; {@code side} is the side of a pair to measure, null for a run that is not paired. */
  Object invoke(EventLoop loop, PairSide side) throws Exception;

  /** Cleans up whatever the target set up for its variant; idempotent. */
  default void close() {}
}
