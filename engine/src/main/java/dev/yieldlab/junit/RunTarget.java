package dev.yieldlab.junit;

import dev.yieldlab.api.timeline.InjectedYieldPoints;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timing.PairSide;
import dev.yieldlab.loop.EventLoop;
import java.util.Optional;

/**
 * What a run calls as its loop's main coroutine: the run method on the right instance (or on an
 * instrumented copy), given the loop it runs on and, for one side of a paired run, that side.
 */
@FunctionalInterface
interface RunTarget {

  /** Calls the run method; {@code side} is the side of a pair to measure, null for a run that is not paired. */
  Object invoke(EventLoop loop, PairSide side) throws Exception;

  /**
   * What the injected yield points did in the last {@link #invoke} (whose loop left {@code timeline}):
   * empty for a target without them.
   */
  default Optional<InjectedYieldPoints> yieldPoints(Timeline timeline) {
    return Optional.empty();
  }

  /** Cleans up whatever the target set up for its variant; idempotent. */
  default void close() {}
}
