package dev.yieldlab.loop;

/**
 * One {@code gather} waiting on its group: how many members are still running and which one failed
 * first. Members report their end here, so the gathering task is woken once, when the group is done
 * or has failed, instead of re-scanning the whole group at every member's end: that re-scan made a
 * gather of 100,000 tasks quadratic.
 */
final class GroupWait {

  final CoroutineTask<?> waiter;
  int unfinished;
  CoroutineTask<?> firstFailed;
  /** False once the group has failed and the gatherer waits only for the cancelled rest to end. */
  boolean wakeOnFailure = true;

  GroupWait(CoroutineTask<?> waiter) {
    this.waiter = waiter;
  }

  /** Records that {@code member} ended; returns whether the waiter should be woken now. */
  boolean memberFinished(CoroutineTask<?> member) {
    unfinished--;
    if (member.failure() != null && firstFailed == null) {
      firstFailed = member;
      return wakeOnFailure;
    }
    return unfinished == 0;
  }
}
