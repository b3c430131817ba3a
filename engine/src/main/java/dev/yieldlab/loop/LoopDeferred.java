package dev.yieldlab.loop;

import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.sync.Deferred;
import dev.yieldlab.api.timeline.PrimitiveAction;
import dev.yieldlab.api.timeline.PrimitiveKind;
import dev.yieldlab.api.timeline.WaitReason;
import java.util.Objects;

/** asyncio's {@code Future} / kotlinx's {@code CompletableDeferred} on the loop: ends once, wakes every waiter. */
final class LoopDeferred<T> extends Primitive implements Deferred<T> {

  private final WaitList waiters = new WaitList();
  private boolean done;
  private T value;
  private Throwable failure;

  LoopDeferred(LoopCore loop, String name) {
    super(loop, PrimitiveKind.DEFERRED, name);
  }

  @Override
  public boolean complete(T result) {
    return end(caller("complete"), PrimitiveAction.COMPLETED, result, null);
  }

  @Override
  public boolean fail(Throwable thrown) {
    return end(caller("fail"), PrimitiveAction.FAILED, null, Objects.requireNonNull(thrown, "failure"));
  }

  @Override
  public boolean cancel(String reason) {
    return end(caller("cancel"), PrimitiveAction.CANCELLED, null,
        new TaskCancelledException(this + " was cancelled: " + reason, reason));
  }

  private boolean end(CoroutineTask<?> me, PrimitiveAction action, T result, Throwable thrown) {
    if (done) {
      return false;
    }
    done = true;
    value = result;
    failure = thrown;
    used(me, action, -1, -1);
    waiters.wakeAll(loop);
    return true;
  }

  @Override
  public T await() {
    CoroutineTask<?> me = caller("await");
    if (!done) {
      waiters.await(loop, me, waitDetail(WaitReason.PENDING, -1, -1, null));
    }
    return outcome();
  }

  @Override
  public boolean isDone() {
    caller("isDone");
    return done;
  }

  /** The value, or the failure rethrown as it was given. */
  T outcome() {
    if (failure != null) {
      throw Sneaky.<RuntimeException>rethrow(failure);
    }
    return value;
  }

  boolean isDoneNow() {
    return done;
  }

  WaitList waiters() {
    return waiters;
  }
}
