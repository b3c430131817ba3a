package dev.yieldlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Explore;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TimeoutExpiredException;
import dev.yieldlab.api.sync.Condition;
import dev.yieldlab.api.sync.Event;
import dev.yieldlab.api.sync.Lock;
import dev.yieldlab.api.sync.Queue;
import dev.yieldlab.api.sync.Semaphore;
import dev.yieldlab.experiments.support.Unfinished;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * yieldlab's own waiting primitives, driven where asyncio's went wrong: waiters cancelled by another
 * task, waits under {@code withTimeout} whose deadline falls at the same instant as the wake-up they
 * wait for, sleeps of one tick everywhere (so that a wake-up, a timeout and a cancellation are due
 * together and exploration orders them every way), and one run with timer jitter. In every explored
 * schedule each keeps its invariants: a queue loses and duplicates no item, a lock never has two
 * holders, a semaphore never leaks a permit, and no waiter is left parked while what it waits for is
 * there (a free lock, a free permit, an item, a set event).
 *
 * <p>Each run ends by sleeping a second: every task has then ended or waits for good, and what still
 * waits is what the invariants read. The tasks: one that holds or produces for a tick, the waiter that
 * is cancelled, one waiter bounded by a timeout of a tick, and the canceller, which sleeps a tick and
 * yields once before it cancels, so that in FIFO order its cancellation finds the waiter already
 * served; other orders let it in between.
 */
@Experiment(claim = "E5", title = "yieldlab's Queue, Lock, Semaphore, Condition and Event under cancellation and timeouts")
class PrimitivesUnderCancellationExperiment {

  static final Duration TICK = Duration.ofMillis(1);
  static final Duration SETTLE = Duration.ofSeconds(1);

  /** How many tasks hold a lock or a permit, now and at most. */
  static final class Holders {
    int now;
    int most;

    void enter() {
      most = Math.max(most, ++now);
    }

    void leave() {
      now--;
    }
  }

  /** The end of a lock or semaphore run: most holders at once, free permits (1 or 0 for a lock), who still waits. */
  record Holding(int mostAtOnce, int free, int permits, List<String> parked) {
    @Override
    public String toString() {
      return "at most " + mostAtOnce + " holder(s) at once; at the end " + free + " of " + permits + " free, parked: "
          + (parked.isEmpty() ? "none" : parked);
    }
  }

  /** The end of a queue run: what was put, got, left in the queue, and which getters still wait. */
  record Items(List<Integer> put, List<Integer> got, List<Integer> left, List<String> parked) {
    @Override
    public String toString() {
      return "put " + put + ", got " + got + ", left " + left + ", parked: " + (parked.isEmpty() ? "none" : parked);
    }
  }

  /** The end of a condition or event run: items left (or whether the event is set), and who still waits. */
  record Waiting(int available, List<String> parked) {
    @Override
    public String toString() {
      return available + " available at the end, parked: " + (parked.isEmpty() ? "none" : parked);
    }
  }

  // ---- the runs ----

  @Run("Lock: a holder for a tick, a waiter cancelled after a tick, a waiter with a timeout of a tick")
  @Explore
  Holding lock(Loop loop) {
    Lock lock = loop.lock("lock");
    Contention contention = contend(loop, lock::acquire, lock::release);
    return new Holding(contention.mostAtOnce(), lock.isLocked() ? 0 : 1, 1, contention.parked());
  }

  @Run("Semaphore of 1 permit: the same tasks")
  @Explore
  Holding semaphore(Loop loop) {
    Semaphore semaphore = loop.semaphore("permits", 1);
    Contention contention = contend(loop, semaphore::acquire, semaphore::release);
    return new Holding(contention.mostAtOnce(), semaphore.available(), 1, contention.parked());
  }

  @Run("Queue of capacity 1: three items put a tick apart, a getter cancelled after a tick, a getter with a timeout of"
      + " a tick")
  @Explore
  Items queue(Loop loop) {
    return getAndCancel(loop);
  }

  @Run("Queue of capacity 1, timers up to a tick late (jitter): the same tasks")
  @Explore(jitter = "1ms")
  Items queueWithJitter(Loop loop) {
    return getAndCancel(loop);
  }

  @Run("Condition: an item added and signalled after a tick, a waiter cancelled after a tick and bounded by a timeout"
      + " of a tick, a second waiter")
  @Explore
  Waiting condition(Loop loop) {
    Condition condition = loop.condition("items");
    Deque<String> items = new ArrayDeque<>();
    Loop.CoroutineBody consume = () -> condition.lock().withLock(() -> {
      condition.awaitUntil(() -> !items.isEmpty());
      items.pollFirst();
    });
    Task<Void> cancelled = loop.spawn("cancelled", () -> {
      try {
        loop.withTimeout("await an item", TICK, consume);
      } catch (TimeoutExpiredException late) {
        // gone: an item that comes later is the second waiter's
      }
    });
    Task<Void> waiting = loop.spawn("waiting", consume);
    loop.spawn("producer", () -> {
      loop.sleep(TICK);
      condition.lock().withLock(() -> {
        items.addLast("item");
        condition.signal();
      });
    });
    cancelAfterATick(loop, cancelled);
    loop.sleep(SETTLE);
    return new Waiting(items.size(), Unfinished.of(cancelled, waiting));
  }

  @Run("Event: set after a tick, a waiter cancelled after a tick, a waiter with a timeout of a tick")
  @Explore
  Waiting event(Loop loop) {
    Event event = loop.event("ready");
    Task<Void> cancelled = loop.spawn("cancelled", event::await);
    Task<Void> impatient = loop.spawn("impatient", () -> {
      try {
        loop.withTimeout("await the event", TICK, event::await);
      } catch (TimeoutExpiredException late) {
        // gone before the event was set
      }
    });
    loop.spawn("setter", () -> {
      loop.sleep(TICK);
      event.set();
    });
    cancelAfterATick(loop, cancelled);
    loop.sleep(SETTLE);
    return new Waiting(event.isSet() ? 1 : 0, Unfinished.of(cancelled, impatient));
  }

  // ---- the checks: one per run, each its invariant ----

  @Check(value = "yieldlab's Lock never has two holders and no waiter is parked while it is free, in every schedule",
      runs = "lock")
  void lockHolds(Runs runs, Report report) {
    neverOverHeldNorLeaked(runs.get("lock").value(Holding.class), report);
  }

  @Check(value = "yieldlab's Semaphore never lends more permits than it has, leaks none, and no waiter is parked while"
      + " one is free, in every schedule", runs = "semaphore")
  void semaphoreHolds(Runs runs, Report report) {
    neverOverHeldNorLeaked(runs.get("semaphore").value(Holding.class), report);
  }

  @Check(value = "yieldlab's Queue loses and duplicates no item and no getter is parked beside an item, in every"
      + " schedule", runs = "queue")
  void queueHolds(Runs runs, Report report) {
    noItemLostOrDuplicated(runs.get("queue").value(Items.class), report);
  }

  @Check(value = "yieldlab's Queue loses and duplicates no item with timers up to a tick late, in every schedule",
      runs = "queueWithJitter")
  void queueHoldsWithJitter(Runs runs, Report report) {
    noItemLostOrDuplicated(runs.get("queueWithJitter").value(Items.class), report);
  }

  @Check(value = "yieldlab's Condition loses no signal: no waiter is parked beside an item, in every schedule",
      runs = "condition")
  void conditionHolds(Runs runs, Report report) {
    noWaiterParkedBesideWhatItWaitsFor(runs.get("condition").value(Waiting.class), report);
  }

  @Check(value = "yieldlab's Event leaves no waiter parked once it is set, in every schedule", runs = "event")
  void eventHolds(Runs runs, Report report) {
    noWaiterParkedBesideWhatItWaitsFor(runs.get("event").value(Waiting.class), report);
  }

  // ---- scenarios and invariants ----

  /** Who held at once at most, and who still waits at the end. */
  record Contention(int mostAtOnce, List<String> parked) {}

  /**
   * A holder for a tick, a waiter that a canceller cancels after a tick, a waiter that gives up after a
   * tick.
   */
  private static Contention contend(Loop loop, Runnable acquire, Runnable release) {
    Holders holders = new Holders();
    loop.spawn("holder", () -> {
      acquire.run();
      hold(holders, release, () -> loop.sleep(TICK));
    });
    Task<Void> cancelled = loop.spawn("cancelled", () -> {
      acquire.run();
      hold(holders, release, loop::yieldNow);
    });
    Task<Void> impatient = loop.spawn("impatient", () -> {
      try {
        loop.withTimeout("acquire", TICK, acquire::run);
      } catch (TimeoutExpiredException late) {
        return;
      }
      hold(holders, release, loop::yieldNow);
    });
    cancelAfterATick(loop, cancelled);
    loop.sleep(SETTLE);
    return new Contention(holders.most, Unfinished.of(cancelled, impatient));
  }

  /** Runs {@code body} as one of the holders, and releases when it ends, however it ends. */
  private static void hold(Holders holders, Runnable release, Loop.CoroutineBody body) throws Exception {
    holders.enter();
    try {
      body.run();
    } finally {
      holders.leave();
      release.run();
    }
  }

  private static Items getAndCancel(Loop loop) {
    Queue<Integer> queue = loop.queue("items", 1);
    List<Integer> put = new ArrayList<>();
    List<Integer> got = new ArrayList<>();
    loop.spawn("producer", () -> {
      for (int item = 1; item <= 3; item++) {
        queue.put(item);
        put.add(item);
        loop.sleep(TICK);
      }
    });
    Task<Void> cancelled = loop.spawn("cancelled", () -> {
      while (true) {
        got.add(queue.get());
      }
    });
    Task<Void> impatient = loop.spawn("impatient", () -> {
      while (true) {
        try {
          got.add(loop.withTimeout("get", TICK, queue::get));
        } catch (TimeoutExpiredException late) {
          return;
        }
      }
    });
    cancelAfterATick(loop, cancelled);
    loop.sleep(SETTLE);
    List<String> parked = Unfinished.of(cancelled, impatient);
    List<Integer> left = new ArrayList<>();
    for (Integer item = queue.poll(); item != null; item = queue.poll()) {
      left.add(item);
    }
    return new Items(List.copyOf(put), List.copyOf(got), left, parked);
  }

  private static void cancelAfterATick(Loop loop, Task<?> victim) {
    loop.spawn("canceller", () -> {
      loop.sleep(TICK);
      loop.yieldNow();
      victim.cancel("cancelled by the canceller");
    });
  }

  private static void neverOverHeldNorLeaked(Holding outcome, Report report) {
    report.entry("outcome", outcome.toString());
    assertThat(outcome.mostAtOnce()).as("most holders at once").isLessThanOrEqualTo(outcome.permits());
    assertThat(outcome.free()).as("free at the end, every task done or waiting").isEqualTo(outcome.permits());
    assertThat(outcome.parked()).as("waiters parked while it is free").isEmpty();
  }

  private static void noItemLostOrDuplicated(Items outcome, Report report) {
    report.entry("outcome", outcome.toString());
    List<Integer> everywhere = new ArrayList<>(outcome.got());
    everywhere.addAll(outcome.left());
    assertThat(everywhere).as("items got or left in the queue").containsExactlyInAnyOrderElementsOf(outcome.put());
    if (!outcome.left().isEmpty()) {
      assertThat(outcome.parked()).as("getters parked beside an item").isEmpty();
    }
  }

  private static void noWaiterParkedBesideWhatItWaitsFor(Waiting outcome, Report report) {
    report.entry("outcome", outcome.toString());
    if (outcome.available() > 0) {
      assertThat(outcome.parked()).as("waiters parked while what they wait for is there").isEmpty();
    }
  }
}
