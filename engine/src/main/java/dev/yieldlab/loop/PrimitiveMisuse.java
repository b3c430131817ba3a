package dev.yieldlab.loop;

import dev.yieldlab.api.Task;

/**
 * The messages of the loop's operations called from outside its coroutines. The first is the loop's
 * own ({@code loop.sleep()} from another thread); the rest is about a primitive used from outside its loop's coroutines: from a coroutine of another
 * loop, from the loop's thread outside any coroutine (a loop thread is reused by later runs), or from
 * another thread. It names both sides, because the mistake is in keeping a primitive beyond its
 * loop or handing it to a thread, and either side may be where the fix goes.
 */
final class PrimitiveMisuse {

  private PrimitiveMisuse() {}

  /** {@code loop.<operation>()} called from {@code caller}, which is not running a coroutine of the loop on {@code owner}. */
  static IllegalStateException notInACoroutine(String operation, Thread owner, Thread caller) {
    return new IllegalStateException("loop." + operation + "() must be called from a coroutine running on this loop"
        + (owner == null ? " (the loop has not started)" : " (thread '" + owner.getName() + "')")
        + ", but was called from thread '" + caller.getName() + "'"
        + (caller == owner ? " outside any coroutine" : ""));
  }

  static IllegalArgumentException foreignTask(Task<?> task) {
    return new IllegalArgumentException("task '" + task.name() + "' was not spawned on this loop");
  }

  static IllegalStateException of(Object primitive, String operation, Thread owner) {
    Thread caller = Thread.currentThread();
    Coroutine calling = Coroutine.current();
    String callerSide = calling != null
        ? "task '" + calling.taskName() + "' of another loop, on thread '" + caller.getName() + "'"
        : caller == owner ? "thread '" + caller.getName() + "' outside any coroutine of its loop (which has "
            + "ended or not started)" : "thread '" + caller.getName() + "', which is not a coroutine of its loop";
    String ownerSide = owner == null ? "a loop that has not started" : "the loop on thread '" + owner.getName() + "'";
    return new IllegalStateException(primitive + "." + operation + "() was called from " + callerSide + ", but "
        + primitive + " belongs to " + ownerSide + ": a primitive may be used only by the coroutines of the loop that"
        + " made it; make one per loop (per run), inside the run");
  }
}
