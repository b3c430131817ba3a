package dev.yieldlab.loop;

import dev.yieldlab.api.sync.Condition;
import dev.yieldlab.api.sync.Lock;
import dev.yieldlab.api.timeline.PrimitiveAction;
import dev.yieldlab.api.timeline.PrimitiveKind;
import dev.yieldlab.api.timeline.WaitReason;
import java.util.function.BooleanSupplier;

/**
 * asyncio's {@code Condition} on the loop. A signal goes to the longest waiter; one cancelled after
 * it was signalled passes the signal on (as asyncio does since 3.13). Taking the lock again after the
 * wait is shielded: a cancellation that comes meanwhile is thrown once the lock is held again, at
 * the task's next wait, so {@code await()} always returns or throws holding the lock.
 */
final class LoopCondition extends Primitive implements Condition {

  private final LoopLock lock;
  private final WaitList waiters = new WaitList();

  LoopCondition(LoopCore loop, String name, Lock lock) {
    super(loop, PrimitiveKind.CONDITION, name);
    if (!(lock instanceof LoopLock ours)) {
      throw new IllegalArgumentException("loop.condition(\"" + name + "\", " + lock + "): the lock must be one this loop"
          + " made with loop.lock(...)");
    }
    if (ours.loop != loop) {
      throw PrimitiveMisuse.foreignPrimitive("loop.condition(\"" + name + "\", " + lock + ")", lock, loop.identity(),
          ours.loop.identity());
    }
    this.lock = ours;
  }

  @Override
  public Lock lock() {
    return lock;
  }

  @Override
  public void await() {
    CoroutineTask<?> me = requireLock("await");
    lock.release();
    try {
      await(new Waiter.OfTask(me), waiters, waitDetail(WaitReason.SIGNAL, -1, -1, null), waiter -> grantNext());
    } finally {
      me.enterShield();
      try {
        lock.acquire();
      } finally {
        me.leaveShield();
      }
    }
  }

  @Override
  public void awaitUntil(BooleanSupplier predicate) {
    requireLock("awaitUntil");
    while (!predicate.getAsBoolean()) {
      await();
    }
  }

  @Override
  public void signal() {
    CoroutineTask<?> me = requireLock("signal");
    if (grantNext()) {
      used(me, PrimitiveAction.SIGNALLED, 1, -1);
    }
  }

  @Override
  public void signalAll() {
    CoroutineTask<?> me = requireLock("signalAll");
    int woken = 0;
    while (grantNext()) {
      woken++;
    }
    used(me, PrimitiveAction.SIGNALLED, woken, -1);
  }

  private boolean grantNext() {
    return waiters.grantFirst(loop) != null;
  }

  private CoroutineTask<?> requireLock(String operation) {
    CoroutineTask<?> me = caller(operation);
    if (!lock.isHeldBy(me)) {
      throw new IllegalStateException(this + "." + operation + "() in task '" + me.name() + "', which does not hold "
          + lock + ": acquire it first, e.g. " + lock.name + ".withLock(() -> ...)");
    }
    return me;
  }
}
