package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.Stance;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.sync.Lock;
import dev.yieldlab.api.timeline.Timeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * N coroutines each read a shared counter, await, and write it back plus one. The await lets every
 * other coroutine read the same old value, so the writes overwrite each other; a lock around the
 * read-await-write makes them take turns. Without an await inside, the read and write can never be
 * separated: one thread and no preemption make the section atomic without a lock.
 */
@Experiment(claim = "W2", title = "An await inside read-modify-write loses updates unless a lock spans it")
class LostUpdateExperiment {

  static final int TASKS = 10;
  static final Duration AWAIT = Duration.ofMillis(5);

  /** A counter shared by the coroutines of one run. */
  static final class Counter {
    int value;
  }

  static void increment(Loop loop, Counter counter, String name, boolean awaitInside) {
    int read = counter.value;
    loop.log(name + " read");
    if (awaitInside) {
      loop.sleep(AWAIT); // e.g. a call to a database between the read and the write
    }
    counter.value = read + 1;
    loop.log(name + " wrote");
  }

  static int run(Loop loop, Lock lock, boolean awaitInside) {
    Counter counter = new Counter();
    List<Task<?>> tasks = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      String name = "t" + i;
      tasks.add(loop.spawn(name, () -> {
        if (lock == null) {
          increment(loop, counter, name, awaitInside);
        } else {
          lock.withLock(() -> increment(loop, counter, name, awaitInside));
        }
      }));
    }
    loop.gather(tasks.toArray(Task<?>[]::new));
    return counter.value;
  }

  @Run("read, await, write without a lock")
  Integer withoutLock(Loop loop) {
    return run(loop, null, true);
  }

  @Run("read, await, write holding a lock")
  Integer withLock(Loop loop) {
    return run(loop, loop.lock("counter"), true);
  }

  @Run("read, write without an await between, without a lock")
  Integer noAwaitInside(Loop loop) {
    return run(loop, null, false);
  }

  @Check(value = "without a lock, updates are lost: the read-await-write stretches interleave", runs = "withoutLock")
  void updatesAreLost(Runs runs, Report report) {
    int total = runs.get("withoutLock").value(Integer.class);
    report.entry("final count without a lock", total + " of " + TASKS);
    Timeline timeline = runs.get("withoutLock").timeline();
    // t1 read the counter before t0 wrote it: both wrote what they read plus one.
    assertThat(timeline).happenedBefore("t1 read", "t0 wrote").interleaves("t0", "t1");
    assertThat(total).as("final count").isLessThan(TASKS);
  }

  @Check(value = "with a lock around the read-await-write, no update is lost", runs = "withLock")
  void lockKeepsEveryUpdate(Runs runs, Report report) {
    int total = runs.get("withLock").value(Integer.class);
    report.entry("final count with a lock", total + " of " + TASKS);
    Timeline timeline = runs.get("withLock").timeline();
    assertThat(timeline).lockHeldByOneTaskAtATime("counter").happenedBefore("t0 wrote", "t1 read");
    report.entry("lock holds", String.valueOf(timeline.primitives().lockHolds("counter").size()));
    assertThat(total).as("final count").isEqualTo(TASKS);
  }

  @Check(value = "without an await inside, no lock is needed: coroutines are not preempted", runs = "noAwaitInside",
      stance = Stance.QUALIFIES)
  void noAwaitNoLock(Runs runs) {
    assertThat(runs.get("noAwaitInside").value(Integer.class)).as("final count").isEqualTo(TASKS);
    assertThat(runs.get("noAwaitInside").timeline()).ranSequentially("t0", "t1", "t2");
  }
}
