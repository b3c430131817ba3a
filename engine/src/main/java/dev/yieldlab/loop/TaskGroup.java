package dev.yieldlab.loop;

import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.timeline.EventKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code gather} as a task group: waits for every member and returns their values in order; the
 * first member to fail cancels the others, which may still unwind before its failure is rethrown
 * with the other members' own failures (not their cancellations) suppressed; a cancelled gatherer
 * cancels its members.
 *
 * <p>Members report their end through the waiting mechanism of the loop ({@link WaitList}): the group
 * waits on each member's end, counts them down and wakes the gatherer once, when the group is done or
 * has failed, instead of re-scanning the whole group at every member's end, which made a gather of
 * 100,000 tasks quadratic.
 */
final class TaskGroup {

  private final LoopCore loop;
  private final CoroutineTask<?> gatherer;
  private final List<CoroutineTask<?>> members;
  private final List<Member> registrations = new ArrayList<>();
  private int unfinished;
  private CoroutineTask<?> firstFailed;
  /** False once the group has failed and the gatherer waits only for the cancelled rest to end. */
  private boolean wakeOnFailure = true;

  private TaskGroup(LoopCore loop, CoroutineTask<?> gatherer, List<CoroutineTask<?>> members) {
    this.loop = loop;
    this.gatherer = gatherer;
    this.members = members;
  }

  /** The body of {@code loop.gather(members)}, run by {@code gatherer}. */
  static List<Object> gather(LoopCore loop, CoroutineTask<?> gatherer, List<CoroutineTask<?>> members) {
    if (members.contains(gatherer)) {
      // As join() on itself: the task would wait for its own end, found only later as a deadlock.
      throw new IllegalStateException("task '" + gatherer.name() + "' passed itself to gather(): it would wait forever");
    }
    return new TaskGroup(loop, gatherer, members).await();
  }

  private List<Object> await() {
    firstFailed = firstFailure(members);
    for (CoroutineTask<?> member : members) {
      if (!member.isDone()) {
        unfinished++;
        Member registration = new Member(member);
        registrations.add(registration);
        member.doneWaiters().add(registration);
      }
    }
    try {
      Waits.Gather what = new Waits.Gather(members);
      while (firstFailed == null && unfinished > 0) {
        loop.suspendWaiting(gatherer, EventKind.WAIT, what);
      }
      if (firstFailed != null) {
        wakeOnFailure = false;
        members.forEach(member -> loop.cancel(member, null));
        Waits.Unwinding unwinding = new Waits.Unwinding(firstFailed, members);
        while (unfinished > 0) {
          loop.suspendWaiting(gatherer, EventKind.WAIT, unwinding);
        }
        throw groupFailure();
      }
      List<Object> values = new ArrayList<>(members.size());
      members.forEach(task -> values.add(task.valueOrNull()));
      return Collections.unmodifiableList(values);
    } catch (TaskCancelledException cancelled) {
      // The gathering task itself was cancelled: its children go with it, as in a task group.
      members.forEach(member -> loop.cancel(member, null));
      throw cancelled;
    } finally {
      if (unfinished > 0) {
        for (Member registration : registrations) {
          if (registration.isWaiting()) {
            registration.list.remove(registration); // no stale wake-up later
          }
        }
      }
    }
  }

  /** A member ended: count it, and wake the gatherer when the group is done or has just failed. */
  private void memberFinished(CoroutineTask<?> member) {
    unfinished--;
    boolean wake;
    if (member.failure() != null && firstFailed == null) {
      firstFailed = member;
      wake = wakeOnFailure;
    } else {
      wake = unfinished == 0;
    }
    if (wake) {
      loop.ready().wakeWaiting(gatherer);
    }
  }

  private static CoroutineTask<?> firstFailure(List<CoroutineTask<?>> group) {
    CoroutineTask<?> first = null;
    for (CoroutineTask<?> task : group) {
      if (task.isDone() && task.failure() != null
          && (first == null || task.completionOrder < first.completionOrder)) {
        first = task;
      }
    }
    return first;
  }

  /** The first failure, with the other members' own failures (not their cancellations) suppressed. */
  private RuntimeException groupFailure() {
    Throwable failure = firstFailed.failure();
    suppressOwnFailures(failure, firstFailed, members);
    return Sneaky.rethrow(failure);
  }

  /** Adds to {@code failure} the failures of {@code members} other than {@code first}'s, leaving out their cancellations. */
  static void suppressOwnFailures(Throwable failure, CoroutineTask<?> first, List<CoroutineTask<?>> members) {
    for (CoroutineTask<?> task : members) {
      Throwable other = task.failure();
      task.failureObserved = true; // the group's failure carries it, or it was a cancellation the group made
      if (task != first && other != null && !task.wasCancelled() && other != failure) {
        failure.addSuppressed(other);
      }
    }
  }

  /** The group's place on one member's list of waiters. */
  private final class Member extends Waiter {
    private final CoroutineTask<?> member;

    Member(CoroutineTask<?> member) {
      this.member = member;
    }

    @Override
    boolean wake(LoopCore ignored) {
      memberFinished(member);
      return true;
    }
  }
}
