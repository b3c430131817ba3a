package dev.yieldlab.loop;

import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.sync.Deferred;
import dev.yieldlab.api.sync.Event;
import dev.yieldlab.api.sync.Queue;
import dev.yieldlab.api.sync.Select;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.PrimitiveAction;
import dev.yieldlab.api.timeline.PrimitiveKind;
import dev.yieldlab.api.timeline.WaitReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * kotlinx's {@code select} on the loop. The task waits on every clause's list at once, with one
 * waiter per clause sharing one decision: the first wake-up decides, and every later one is declined
 * ({@link Waiter#wake}), so its waker serves the next in line instead: a queue keeps the item it
 * would have handed over. A select cancelled after a clause was chosen gives back what it was handed.
 */
final class LoopSelect<R> extends Primitive implements Select<R> {

  /** One way the select can go. */
  private abstract static class Clause<R> {
    /** Whether it can go now, without waiting. */
    abstract boolean ready();

    /** Goes now (it is {@link #ready()}). */
    abstract R go();

    /** Where to wait for it; null for a timeout. */
    abstract WaitList list();

    /** Goes after its waiter was chosen. */
    R goAfterWake(CoroutineTask<?> me, Waiter chosen) {
      return go();
    }

    /** Its waiter was chosen and handed something, but the select was cancelled before it ran. */
    void giveBack(Waiter chosen) {}
  }

  private final List<Clause<R>> clauses = new ArrayList<>();
  private Duration timeout;
  private Supplier<? extends R> onTimeout;

  LoopSelect(LoopCore loop, String name) {
    super(loop, PrimitiveKind.SELECT, name);
  }

  @Override
  public <V> Select<R> onJoin(Task<V> task, Function<? super V, ? extends R> then) {
    @SuppressWarnings("unchecked")
    CoroutineTask<V> ours = (CoroutineTask<V>) CoroutineTask.of(task, loop);
    return add(new Clause<>() {
      boolean ready() { return ours.isDone(); }
      R go() { return then.apply(ours.outcome()); }
      WaitList list() { return ours.doneWaiters(); }
    });
  }

  @Override
  public <V> Select<R> onAwait(Deferred<V> deferred, Function<? super V, ? extends R> then) {
    LoopDeferred<V> ours = mine(deferred, LoopDeferred.class);
    return add(new Clause<>() {
      boolean ready() { return ours.isDoneNow(); }
      R go() { return then.apply(ours.outcome()); }
      WaitList list() { return ours.waiters(); }
    });
  }

  @Override
  public <V> Select<R> onGet(Queue<V> queue, Function<? super V, ? extends R> then) {
    LoopQueue<V> ours = mine(queue, LoopQueue.class);
    return add(new Clause<>() {
      boolean ready() { return ours.itemForNewcomer() || ours.isClosedNow(); }
      R go() { return then.apply(ours.get()); }
      WaitList list() { return ours.getters(); }
      R goAfterWake(CoroutineTask<?> me, Waiter chosen) { return then.apply(ours.takeHanded(me, chosen)); }
      void giveBack(Waiter chosen) { ours.giveBack(chosen); }
    });
  }

  @Override
  public Select<R> onEvent(Event event, Supplier<? extends R> then) {
    LoopEvent ours = mine(event, LoopEvent.class);
    return add(new Clause<>() {
      boolean ready() { return ours.isSetNow(); }
      R go() { return then.get(); }
      WaitList list() { return ours.waiters(); }
    });
  }

  @Override
  public Select<R> onTimeout(Duration after, Supplier<? extends R> then) {
    if (timeout != null) {
      throw new IllegalStateException(this + " has a timeout clause already: give it one, the shortest");
    }
    if (after.isNegative()) {
      throw new IllegalArgumentException(this + ".onTimeout(" + after + "): a timeout cannot be negative");
    }
    timeout = after;
    onTimeout = then;
    return this;
  }

  @Override
  public R await() {
    CoroutineTask<?> me = caller("await");
    for (Clause<R> clause : clauses) {
      if (clause.ready()) {
        used(me, PrimitiveAction.SELECTED, clauses.indexOf(clause), clauses.size());
        return clause.go();
      }
    }
    if (timeout != null && timeout.isZero()) {
      return onTimeout.get();
    }
    Decision decision = new Decision(me);
    List<ClauseWaiter> waiters = new ArrayList<>(clauses.size());
    for (Clause<R> clause : clauses) {
      ClauseWaiter waiter = new ClauseWaiter(me, decision, clause);
      clause.list().add(waiter);
      waiters.add(waiter);
    }
    TimerQueue.Timer timer = timeout == null ? null : loop.timers().schedule(
        Saturating.add(loop.now(), Saturating.nanos(timeout)), me, this, now -> decision.timedOut());
    try {
      Waits.OnPrimitive what = waitDetail(WaitReason.ANY_CLAUSE, clauses.size() + (timeout == null ? 0 : 1), -1, null);
      while (!decision.decided()) {
        loop.suspendWaiting(me, EventKind.WAIT, what);
      }
    } catch (TaskCancelledException cancelled) {
      if (decision.chosen != null && decision.chosen.granted) {
        decision.chosen.clause.giveBack(decision.chosen);
      }
      throw cancelled;
    } finally {
      waiters.forEach(waiter -> {
        if (waiter.isWaiting()) {
          waiter.list.remove(waiter);
        }
      });
      if (timer != null) {
        loop.timers().cancel(timer);
      }
    }
    if (decision.chosen == null) {
      used(me, PrimitiveAction.SELECTED, clauses.size(), clauses.size());
      return onTimeout.get();
    }
    used(me, PrimitiveAction.SELECTED, clauses.indexOf(decision.chosen.clause), clauses.size());
    return decision.chosen.clause.goAfterWake(me, decision.chosen);
  }

  private Select<R> add(Clause<R> clause) {
    clauses.add(clause);
    return this;
  }

  private <P> P mine(Object primitive, Class<P> type) {
    if (type.isInstance(primitive) && ((Primitive) primitive).loop == loop) {
      return type.cast(primitive);
    }
    RunIdentity made = primitive instanceof Primitive other ? other.loop.identity() : RunIdentity.NONE;
    throw PrimitiveMisuse.foreignPrimitive(this, primitive, loop.identity(), made);
  }

  /** What the select's waiters share: which of them was chosen, if any, or whether the timeout came first. */
  private final class Decision {
    private final CoroutineTask<?> task;
    private ClauseWaiter chosen;
    private boolean timedOut;

    Decision(CoroutineTask<?> task) {
      this.task = task;
    }

    boolean decided() {
      return chosen != null || timedOut;
    }

    void timedOut() {
      if (!decided()) {
        timedOut = true;
        loop.ready().wakeWaiting(task);
      }
    }
  }

  /** The select's place on one clause's list. */
  private final class ClauseWaiter extends Waiter.OfTask {
    private final Decision decision;
    private final Clause<R> clause;

    ClauseWaiter(CoroutineTask<?> task, Decision decision, Clause<R> clause) {
      super(task);
      this.decision = decision;
      this.clause = clause;
    }

    @Override
    boolean wake(LoopCore ignored) {
      if (decision.decided() || !super.wake(loop)) {
        return false;
      }
      decision.chosen = this;
      return true;
    }
  }
}
