package dev.yieldlab.loop;

import dev.yieldlab.api.sync.Semaphore;
import dev.yieldlab.api.timeline.PrimitiveAction;
import dev.yieldlab.api.timeline.PrimitiveKind;
import dev.yieldlab.api.timeline.WaitReason;
import java.util.concurrent.Callable;

/**
 * asyncio's {@code Semaphore} and {@code BoundedSemaphore} on the loop. A release with waiters hands
 * the permit to the longest one (no newcomer can take it first); a waiter cancelled after it was
 * handed one gives it back the same way.
 */
final class LoopSemaphore extends Primitive implements Semaphore {

  private final WaitList waiters = new WaitList();
  /** The initial permits of a bounded semaphore, which releases may not exceed; -1 for an unbounded one. */
  private final int bound;
  private int permits;

  LoopSemaphore(LoopCore loop, String name, int permits, boolean bounded) {
    super(loop, PrimitiveKind.SEMAPHORE, name);
    if (permits < 0) {
      throw new IllegalArgumentException("loop." + (bounded ? "boundedSemaphore" : "semaphore") + "(\"" + name + "\", "
          + permits + "): a semaphore cannot start with a negative number of permits; give 0 or more");
    }
    this.permits = permits;
    this.bound = bounded ? permits : -1;
  }

  @Override
  public void acquire() {
    CoroutineTask<?> me = caller("acquire");
    if (permits > 0 && waiters.isEmpty()) {
      permits--;
    } else {
      await(new Waiter.OfTask(me), waiters, waitDetail(WaitReason.NO_PERMIT, 0, bound, null), waiter -> giveBack());
    }
    used(me, PrimitiveAction.ACQUIRED, permits, bound);
  }

  @Override
  public boolean tryAcquire() {
    CoroutineTask<?> me = caller("tryAcquire");
    if (permits == 0 || !waiters.isEmpty()) {
      return false;
    }
    permits--;
    used(me, PrimitiveAction.ACQUIRED, permits, bound);
    return true;
  }

  @Override
  public void release() {
    CoroutineTask<?> me = caller("release");
    if (bound >= 0 && permits >= bound) {
      throw new IllegalStateException("bounded " + this + ".release() in task '" + me.name() + "': all its " + bound
          + " permits are free already, so this release has no acquire to match");
    }
    giveBack();
    used(me, PrimitiveAction.RELEASED, permits, bound);
  }

  /** A permit back: to the longest waiter that takes it, or to the count. */
  private void giveBack() {
    if (waiters.grantFirst(loop) == null) {
      permits++;
    }
  }

  @Override
  public int available() {
    caller("available");
    return permits;
  }

  @Override
  public <T> T withPermit(Callable<T> body) {
    return holding(this::acquire, this::release, body);
  }
}
