package dev.yieldlab.loop;

import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.PrimitiveAction;
import dev.yieldlab.api.timeline.PrimitiveKind;
import dev.yieldlab.api.timeline.WaitReason;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * What every waiting primitive shares: its loop, kind and name, the check that the caller is a
 * coroutine of that loop, and the timeline events of its uses and waits. Each primitive is built on
 * {@link WaitList}s, the loop's one waiting mechanism; like everything in the loop, it is used from
 * the loop's thread only, so nothing is synchronized.
 */
abstract class Primitive {

  final LoopCore loop;
  final PrimitiveKind kind;
  final String name;

  Primitive(LoopCore loop, PrimitiveKind kind, String name) {
    this.loop = loop;
    this.kind = kind;
    this.name = Objects.requireNonNull(name, () -> kind.word() + " needs a name: it labels timelines and errors");
  }

  /** The name given at creation; every primitive interface of the api declares it. */
  public final String name() {
    return name;
  }

  /** The coroutine calling {@code operation}: fails naming both sides when it is not one of this loop's. */
  final CoroutineTask<?> caller(String operation) {
    return loop.currentFor(this, operation);
  }

  /** Records a SYNC: {@code task} did {@code action}, leaving {@code count} of {@code limit} (-1 for none). */
  final void used(CoroutineTask<?> task, PrimitiveAction action, int count, int limit) {
    loop.record(EventKind.SYNC, task, new EventSubject.PrimitiveUse(kind, name, action, count, limit));
  }

  /** The wait's detail: what the timeline shows and deadlock and timeout messages say. */
  final Waits.OnPrimitive waitDetail(WaitReason because, int count, int limit, String holder) {
    return new Waits.OnPrimitive(this, new EventSubject.PrimitiveWait(kind, name, because, count, limit, holder));
  }

  /**
   * Suspends {@code waiter}'s task on {@code list} until a waker takes it off. If the task is
   * cancelled after it was {@linkplain Waiter#granted granted} something, {@code passOn} gives it to
   * the next waiter before the cancellation goes on: nothing handed to a cancelled waiter is lost.
   */
  final <W extends Waiter.OfTask> W await(W waiter, WaitList list, Waits.OnPrimitive what, Consumer<? super W> passOn) {
    try {
      return list.await(loop, waiter, what);
    } catch (TaskCancelledException cancelled) {
      if (waiter.granted) {
        passOn.accept(waiter);
        waiter.granted = false;
      }
      throw cancelled;
    }
  }

  /** Runs {@code body} between {@code take} and {@code giveBack}, however it ends: {@code withLock}, {@code withPermit}. */
  static <T> T holding(Runnable take, Runnable giveBack, Callable<T> body) {
    take.run();
    try {
      return body.call();
    } catch (Exception thrown) {
      throw Sneaky.<RuntimeException>rethrow(thrown);
    } finally {
      giveBack.run();
    }
  }

  /** The tasks a waiter on this primitive waits for, for deadlock reports: a lock's owner; none for most. */
  List<CoroutineTask<?>> blockers() {
    return List.of();
  }

  /** The state in words as it is now, for messages; by default as it was when the wait began. */
  String stateNow(EventSubject.PrimitiveWait atWait) {
    return atWait.state();
  }

  /** {@code queue 'jobs'}. */
  @Override
  public final String toString() {
    return kind.named(name);
  }
}
