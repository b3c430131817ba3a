package dev.yieldlab.loop;

import dev.yieldlab.api.sync.Barrier;
import dev.yieldlab.api.sync.BarrierBrokenException;
import dev.yieldlab.api.timeline.PrimitiveAction;
import dev.yieldlab.api.timeline.PrimitiveKind;
import dev.yieldlab.api.timeline.WaitReason;

/**
 * asyncio's {@code Barrier} on the loop, cyclic: the arrival that fills a round lets everyone in it
 * go on at once, each with its arrival index, and the next arrival starts a new round. A waiter that
 * is cancelled leaves its round (the round then needs one more arrival), as in asyncio.
 */
final class LoopBarrier extends Primitive implements Barrier {

  private final int parties;
  private final WaitList waiters = new WaitList();
  private boolean broken;

  LoopBarrier(LoopCore loop, String name, int parties) {
    super(loop, PrimitiveKind.BARRIER, name);
    if (parties <= 0) {
      throw new IllegalArgumentException("loop.barrier(\"" + name + "\", " + parties + "): a barrier needs at least 1"
          + " party (the number of coroutines that meet at it)");
    }
    this.parties = parties;
  }

  @Override
  public int parties() {
    return parties;
  }

  @Override
  public int waiting() {
    caller("waiting");
    return present();
  }

  @Override
  public int await() {
    CoroutineTask<?> me = caller("await");
    requireWhole(me);
    int arrived = present() + 1;
    if (arrived == parties) {
      int index = 0;
      for (Waiter waiter = waiters.grantFirst(loop); waiter != null; waiter = waiters.grantFirst(loop)) {
        waiter.handed = index++;
      }
      used(me, PrimitiveAction.PASSED, parties, parties);
      return index;
    }
    Waiter.OfTask waiter = await(new Waiter.OfTask(me), waiters, waitDetail(WaitReason.ARRIVALS, arrived, parties, null),
        passed -> { }); // the round went on without it: there is nothing to hand on
    if (!waiter.granted) {
      requireWhole(me);
    }
    used(me, PrimitiveAction.PASSED, parties, parties);
    return (Integer) waiter.handed;
  }

  @Override
  public void abort() {
    CoroutineTask<?> me = caller("abort");
    if (!broken) {
      broken = true;
      used(me, PrimitiveAction.ABORTED, present(), parties);
      waiters.wakeAll(loop);
    }
  }

  @Override
  public boolean isBroken() {
    caller("isBroken");
    return broken;
  }

  private void requireWhole(CoroutineTask<?> me) {
    if (broken) {
      throw new BarrierBrokenException(this + ".await() in task '" + me.name() + "': the barrier was aborted");
    }
  }

  /** Waiters that will take their turn: a cancelled one still on the list until it runs does not count. */
  private int present() {
    int present = 0;
    for (Waiter waiter : waiters.toList()) {
      if (((Waiter.OfTask) waiter).task.state == TaskState.WAITING) {
        present++;
      }
    }
    return present;
  }
}
