package dev.yieldlab.loop;

import dev.yieldlab.api.Task;

/**
 * The messages of the loop's operations called from outside its coroutines. The first is the loop's
 * own ({@code loop.sleep()} from another thread); the rest is about a primitive, a task or a
 * connection used from outside its loop's coroutines: from a coroutine of another loop, from the
 * loop's thread outside any coroutine (a loop thread is reused by later runs), or from another
 * thread. Each names both sides, by experiment and run ({@link RunIdentity}) as well as by thread,
 * because the mistake is in keeping something beyond its run or handing it to a thread, and either
 * side may be where the fix goes; two runs' loop threads can bear the same name.
 */
final class PrimitiveMisuse {

  private PrimitiveMisuse() {}

  /** {@code loop.<operation>()} called from {@code caller}, which is not running a coroutine of the loop on {@code owner}. */
  static IllegalStateException notInACoroutine(String operation, Thread owner, Thread caller, RunIdentity run) {
    return new IllegalStateException("loop." + operation + "() must be called from a coroutine running on this loop"
        + " (" + run + (owner == null ? "; the loop has not started" : ", thread '" + owner.getName() + "'")
        + "), but was called from " + callerSide(owner, caller, run));
  }

  /** {@code task} given to an operation of {@code loop}, which did not spawn it. */
  static IllegalArgumentException foreignTask(Task<?> task, LoopCore loop) {
    String whose = task instanceof CoroutineTask<?> ours ? "was spawned by " + side(ours.loopIdentity(), loop.identity())
        : "is not a task of any loop (a Task of your own making?)";
    return new IllegalArgumentException("task '" + task.name() + "' " + whose + ", not by this loop (" + loop.identity()
        + "): join, gather, select and scope take only tasks of the loop they run on");
  }

  /** {@code used}, a primitive of the loop of {@code usedRun}, given to {@code user} of the loop of {@code userRun}. */
  static IllegalArgumentException foreignPrimitive(Object user, Object used, RunIdentity userRun, RunIdentity usedRun) {
    return new IllegalArgumentException(user + ": " + used + " was made by " + side(usedRun, userRun)
        + ", not by this one (" + userRun + "): make both in the same run");
  }

  static IllegalStateException of(Object primitive, String operation, Thread owner, RunIdentity ownerRun) {
    String ownerSide = (owner == null ? "a loop that has not started" : "the loop on thread '" + owner.getName() + "'")
        + " (" + ownerRun + ")";
    return new IllegalStateException(primitive + "." + operation + "() was called from "
        + callerSide(owner, Thread.currentThread(), ownerRun) + ", but " + primitive + " belongs to " + ownerSide
        + ": a primitive may be used only by the coroutines of the loop that made it; make one per loop (per run),"
        + " inside the run");
  }

  /** Who called: a coroutine of another loop (named by its run), or a thread outside the owner loop's coroutines. */
  private static String callerSide(Thread owner, Thread caller, RunIdentity ownerRun) {
    Coroutine calling = Coroutine.current();
    if (calling != null) {
      return "task '" + calling.taskName() + "' of another loop (" + side(calling.runIdentity(), ownerRun) + "), on thread '"
          + caller.getName() + "'";
    }
    return caller == owner ? "thread '" + caller.getName() + "' outside any coroutine of its loop (which has "
        + "ended or not started)" : "thread '" + caller.getName() + "', which is not a coroutine of its loop";
  }

  /** {@code run} in words, saying so when it is the same run as {@code other}'s: a warm-up, repetition or earlier loop of it. */
  private static String side(RunIdentity run, RunIdentity other) {
    return run.equals(other) && !run.equals(RunIdentity.NONE)
        ? run + ", another loop of the same run (a warm-up or repetition: each runs on a loop of its own)"
        : run.toString();
  }
}
