package dev.yieldlab.loop;

import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * A stackful coroutine: {@link #run()} runs the body until it ends or calls {@link #suspend()}, from
 * any call depth; the next {@link #run()} continues right after that call, on the caller's thread.
 */
final class Coroutine extends Continuation {

  private static final ContinuationScope SCOPE = new ContinuationScope("yieldlab");

  private final String taskName;
  private final RunIdentity run;

  Coroutine(String taskName, RunIdentity run, Runnable body) {
    super(SCOPE, body);
    this.taskName = taskName;
    this.run = run;
  }

  /** The coroutine of any loop running on the calling thread, or null outside one: for error messages. */
  static Coroutine current() {
    return Continuation.getCurrentContinuation(SCOPE) instanceof Coroutine coroutine ? coroutine : null;
  }

  String taskName() {
    return taskName;
  }

  /** The run whose loop this coroutine belongs to, for messages about use across loops. */
  RunIdentity runIdentity() {
    return run;
  }

  /** Returns control to whoever called {@link #run()}; must be called from inside this coroutine. */
  void suspend() {
    Continuation.yield(SCOPE);
  }

  @Override
  protected void onPinned(Continuation.Pinned reason) {
    // The default throws a bare IllegalStateException("Pinned: NATIVE"); name the task instead.
    throw new PinnedYieldException(taskName, reason.name());
  }
}
