package dev.yieldlab.loop;

import dev.yieldlab.api.sync.Event;
import dev.yieldlab.api.timeline.PrimitiveAction;
import dev.yieldlab.api.timeline.PrimitiveKind;
import dev.yieldlab.api.timeline.WaitReason;

/** asyncio's {@code Event} on the loop: {@code set} wakes every waiter, longest waiting first. */
final class LoopEvent extends Primitive implements Event {

  private final WaitList waiters = new WaitList();
  private boolean set;

  LoopEvent(LoopCore loop, String name) {
    super(loop, PrimitiveKind.EVENT, name);
  }

  @Override
  public void set() {
    CoroutineTask<?> me = caller("set");
    if (!set) {
      set = true;
      used(me, PrimitiveAction.SET, -1, -1);
      waiters.wakeAll(loop);
    }
  }

  @Override
  public void clear() {
    CoroutineTask<?> me = caller("clear");
    if (set) {
      set = false;
      used(me, PrimitiveAction.CLEARED, -1, -1);
    }
  }

  @Override
  public boolean isSet() {
    caller("isSet");
    return set;
  }

  @Override
  public void await() {
    CoroutineTask<?> me = caller("await");
    if (!set) {
      // Woken only by set(): a waiter returns even if the flag was cleared again before it ran, as in asyncio.
      waiters.await(loop, me, waitDetail(WaitReason.NOT_SET, -1, -1, null));
    }
  }

  WaitList waiters() {
    return waiters;
  }

  boolean isSetNow() {
    return set;
  }
}
