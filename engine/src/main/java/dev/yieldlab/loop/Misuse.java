package dev.yieldlab.loop;

import dev.yieldlab.api.Task;

/**
 * The errors for using a loop the wrong way, built here so that the checks on the switch path that
 * throw them stay small enough to inline.
 */
final class Misuse {

  private Misuse() {}

  static IllegalStateException notInACoroutine(String operation, Thread owner, Thread caller) {
    return new IllegalStateException("loop." + operation + "() must be called from a coroutine running on this loop"
        + (owner == null ? " (the loop has not started)" : " (thread '" + owner.getName() + "')")
        + ", but was called from thread '" + caller.getName() + "'"
        + (caller == owner ? " outside any coroutine" : ""));
  }

  static IllegalArgumentException foreignTask(Task<?> task) {
    return new IllegalArgumentException("task '" + task.name() + "' was not spawned on this loop");
  }
}
