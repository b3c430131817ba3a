package dev.yieldlab.junit;

import dev.yieldlab.loop.EventLoop;

/**
 * What a run calls as its loop's main coroutine: the run method on the right instance (or on an
 * instrumented copy), given the loop it runs on.
 */
@FunctionalInterface
interface RunTarget {

  Object invoke(EventLoop loop) throws Exception;

  /** Cleans up whatever the target set up for its variant; idempotent. */
  default void close() {}
}
