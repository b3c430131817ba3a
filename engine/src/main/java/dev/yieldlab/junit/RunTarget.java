package dev.yieldlab.junit;

import dev.yieldlab.api.Loop;

/** What a run variant calls as its loop's main coroutine: the run method on the right instance. */
@FunctionalInterface
interface RunTarget {

  Object invoke(Loop loop) throws Exception;

  /** Cleans up whatever the target set up for its variant (e.g. the yield policy); idempotent. */
  default void close() {}
}
