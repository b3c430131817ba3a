package dev.yieldlab.loop;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.sync.Lock;
import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.PrimitiveAction;
import dev.yieldlab.api.timeline.PrimitiveKind;
import dev.yieldlab.api.timeline.WaitReason;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * asyncio's {@code Lock} / kotlinx's {@code Mutex} on the loop, owned by a task. A release hands the
 * lock straight to the longest waiter (kotlinx's rule; asyncio frees it and lets the woken waiter
 * take it when it runs, barring newcomers while anyone waits): the owner is never in doubt, which is
 * what deadlock reports and hold intervals read. A waiter cancelled after it was handed the lock
 * hands it on at once, so a cancelled waiter never ends up owning it.
 */
final class LoopLock extends Primitive implements Lock {

  private final WaitList waiters = new WaitList();
  /** The timeline details of an uncontended acquire and release, made once: those paths allocate nothing. */
  private final EventSubject.PrimitiveUse acquired;
  private final EventSubject.PrimitiveUse released;
  private CoroutineTask<?> owner;

  LoopLock(LoopCore loop, String name) {
    super(loop, PrimitiveKind.LOCK, name);
    acquired = new EventSubject.PrimitiveUse(kind, name, PrimitiveAction.ACQUIRED, -1, -1);
    released = new EventSubject.PrimitiveUse(kind, name, PrimitiveAction.RELEASED, -1, -1);
  }

  @Override
  public void acquire() {
    CoroutineTask<?> me = caller("acquire");
    if (owner == null && waiters.isEmpty()) {
      owner = me;
    } else {
      if (owner == me) {
        throw new IllegalStateException(this + ".acquire() in task '" + me.name() + "', which holds it already: "
            + this + " is not reentrant, and waiting for itself would never end");
      }
      await(new Waiter.OfTask(me), waiters, waitDetail(WaitReason.HELD, -1, -1, owner.name()), waiter -> handOver());
    }
    loop.record(dev.yieldlab.api.timeline.EventKind.SYNC, me, acquired);
  }

  @Override
  public boolean tryAcquire() {
    CoroutineTask<?> me = caller("tryAcquire");
    if (owner != null || !waiters.isEmpty()) {
      return false;
    }
    owner = me;
    loop.record(dev.yieldlab.api.timeline.EventKind.SYNC, me, acquired);
    return true;
  }

  @Override
  public void release() {
    CoroutineTask<?> me = caller("release");
    if (owner != me) {
      throw new IllegalStateException(this + ".release() in task '" + me.name() + "', but "
          + (owner == null ? "it is not locked" : "task '" + owner.name() + "' holds it")
          + ": only the task that acquired a lock may release it" + (owner == null ? "" : " (a Semaphore has no owner)"));
    }
    loop.record(dev.yieldlab.api.timeline.EventKind.SYNC, me, released);
    handOver();
  }

  /** Gives the lock to the longest waiter that takes it, or frees it. */
  private void handOver() {
    Waiter next = waiters.grantFirst(loop);
    owner = next == null ? null : ((Waiter.OfTask) next).task;
  }

  @Override
  public boolean isLocked() {
    caller("isLocked");
    return owner != null;
  }

  @Override
  public Optional<String> owner() {
    caller("owner");
    return Optional.ofNullable(owner).map(CoroutineTask::name);
  }

  @Override
  public <T> T withLock(Callable<T> body) {
    return holding(this::acquire, this::release, body);
  }

  @Override
  public void withLock(Loop.CoroutineBody body) {
    withLock(() -> {
      body.run();
      return null;
    });
  }

  boolean isHeldBy(CoroutineTask<?> task) {
    return owner == task;
  }

  @Override
  List<CoroutineTask<?>> blockers() {
    return owner == null ? List.of() : List.of(owner);
  }

  @Override
  String stateNow(EventSubject.PrimitiveWait atWait) {
    return owner == null ? "free" : "held by '" + owner.name() + "'";
  }
}
