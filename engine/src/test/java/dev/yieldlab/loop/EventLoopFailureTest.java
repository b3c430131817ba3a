package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How the loop fails: structured failure of gather, join, deadlock, timeout and API misuse. */
@DisplayName("The event loop's failures")
class EventLoopFailureTest {

  private final EventLoop loop = new EventLoop(ClockKind.VIRTUAL);

  @Test
  @DisplayName("gather rethrows the first failure in time, cancels the siblings and suppresses later failures")
  void gatherFailsLikeATaskGroup() {
    IllegalStateException first = new IllegalStateException("first, at 1 s");
    IllegalArgumentException second = new IllegalArgumentException("second, at 1 s but later in the queue");
    Throwable thrown = catchFromRun(() -> loop.gather(
        // Listed first but fails second: "first" means first in time, not first in the argument list.
        // It wakes first, yields, and fails before gather's task gets the thread back to cancel it.
        loop.spawn("failsLate", () -> { loop.sleep(Duration.ofSeconds(1)); loop.yieldNow(); throw second; }),
        loop.spawn("failsFirst", () -> { loop.sleep(Duration.ofSeconds(1)); throw first; }),
        loop.spawn("sleeper", () -> loop.sleep(Duration.ofSeconds(10))),
        loop.spawn("finished", () -> { })));
    assertThat(thrown).isSameAs(first);
    // A real failure of a sibling is kept; a sibling's cancellation is not a failure to report.
    assertThat(thrown.getSuppressed()).containsExactly(second);
    assertThat(loop.timeline().events()).filteredOn(e -> e.kind() == EventKind.CANCEL)
        .extracting(TimelineEvent::task)
        .containsExactly("sleeper");
    assertThat(loop.timeline().events()).filteredOn(e -> e.kind() == EventKind.FAIL)
        .extracting(TimelineEvent::task)
        .containsExactly("failsFirst", "failsLate", "main");
    // Cancelling did not wait for the sleeper's 10 s.
    assertThat(loop.elapsed()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  @DisplayName("gather cancels siblings that have not started yet, and they never run")
  void gatherCancelsUnstartedSiblings() {
    java.util.List<String> ran = new java.util.ArrayList<>();
    IllegalStateException failure = new IllegalStateException("fails at once");
    Throwable thrown = catchFromRun(() -> {
      // "late" is spawned by the failing task itself, so it is still NEW when the gather sees the failure.
      AtomicReference<Task<Void>> late = new AtomicReference<>();
      Task<Void> failing = loop.spawn("failing", () -> {
        late.set(loop.spawn("late", () -> { ran.add("late"); }));
        throw failure;
      });
      loop.yieldNow(); // let "failing" run and spawn "late"
      return loop.gather(failing, late.get());
    });
    assertThat(thrown).isSameAs(failure);
    assertThat(ran).isEmpty();
    assertThat(loop.timeline().task("late").events()).extracting(TimelineEvent::kind)
        .containsExactly(EventKind.SPAWN, EventKind.CANCEL);
  }

  @Test
  @DisplayName("gather keeps a sibling's own failure during cancellation as a suppressed exception")
  void gatherSuppressesOtherFailures() {
    IllegalStateException first = new IllegalStateException("first");
    IOException cleanupFailure = new IOException("failed while being cancelled");
    Throwable thrown = catchFromRun(() -> loop.gather(
        loop.spawn("failing", () -> { loop.sleep(Duration.ofSeconds(1)); throw first; }),
        loop.spawn("badCleanup", () -> {
          try {
            loop.sleep(Duration.ofSeconds(5));
          } catch (TaskCancelledException cancelled) {
            throw cleanupFailure;
          }
        })));
    assertThat(thrown).isSameAs(first);
    assertThat(thrown.getSuppressed()).containsExactly(cleanupFailure);
    assertThat(loop.timeline().task("badCleanup").events()).extracting(TimelineEvent::kind).last()
        .isEqualTo(EventKind.FAIL);
  }

  @Test
  @DisplayName("gather rethrows a checked exception unchanged, not wrapped")
  void gatherRethrowsCheckedUnchanged() {
    IOException io = new IOException("disk");
    Throwable thrown = catchFromRun(() -> loop.gather(loop.spawn("io", () -> { throw io; })));
    assertThat(thrown).isSameAs(io);
  }

  @Test
  @DisplayName("a cancelled gathering task cancels its children too")
  void cancellingTheGathererCancelsChildren() {
    loop.run("main", () -> {
      Task<Void> gatherer = loop.spawn("gatherer", () -> {
        loop.gather(loop.spawn("child", () -> loop.sleep(Duration.ofSeconds(10))));
      });
      loop.sleep(Duration.ofSeconds(1));
      gatherer.cancel();
      assertThatExceptionOfType(TaskCancelledException.class).isThrownBy(gatherer::join);
      return null;
    });
    assertThat(loop.timeline().task("child").events()).extracting(TimelineEvent::kind).last().isEqualTo(EventKind.CANCEL);
    assertThat(loop.elapsed()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  @DisplayName("join rethrows the joined task's failure as it was thrown")
  void joinRethrows() {
    UnsupportedOperationException failure = new UnsupportedOperationException("boom");
    Throwable thrown = catchFromRun(() -> loop.spawn("child", () -> { loop.yieldNow(); throw failure; }).join());
    assertThat(thrown).isSameAs(failure);
  }

  @Test
  @DisplayName("join of a cancelled task throws TaskCancelledException")
  void joinOfCancelled() {
    Throwable thrown = catchFromRun(() -> {
      Task<Void> child = loop.spawn("child", () -> loop.sleep(Duration.ofSeconds(1)));
      child.cancel();
      return child.join();
    });
    assertThat(thrown).isInstanceOf(TaskCancelledException.class).hasMessageContaining("child");
  }

  @Test
  @DisplayName("a task joining itself fails at once with an error naming it, instead of hanging")
  void joinOnItself() {
    AtomicReference<Task<Object>> self = new AtomicReference<>();
    Throwable thrown = catchFromRun(() -> {
      Task<Object> task = loop.spawn("narcissus", () -> self.get().join());
      self.set(task);
      return task.join();
    });
    assertThat(thrown).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("task 'narcissus' called join() on itself");
  }

  @Test
  @DisplayName("a task gathering itself fails at once with an error naming it, as join does, instead of deadlocking")
  void gatherOnItself() {
    AtomicReference<Task<Object>> self = new AtomicReference<>();
    Throwable thrown = catchFromRun(() -> {
      Task<Object> task = loop.spawn("ouroboros", () -> loop.gather(self.get(), loop.spawn("other", () -> { })));
      self.set(task);
      return task.join();
    });
    assertThat(thrown).isInstanceOf(IllegalStateException.class)
        .isNotInstanceOf(DeadlockException.class)
        .hasMessageContaining("task 'ouroboros' passed itself to gather()");
  }

  @Test
  @DisplayName("a deadlock ends the run at once, listing each waiting task and what it waits on")
  void deadlockIsReported() {
    long started = System.nanoTime();
    Throwable thrown = catchFromRun(() -> {
      // aa waits for bb, bb for aa, main for both: a cycle with no timer that could break it.
      AtomicReference<Task<?>> bb = new AtomicReference<>();
      Task<?> aa = loop.spawn("aa", () -> bb.get().join());
      bb.set(loop.spawn("bb", () -> aa.join()));
      loop.gather(aa, bb.get());
      return null;
    });
    assertThat(thrown).isInstanceOf(DeadlockException.class)
        .hasMessageStartingWith("deadlock: every task waits and no timer is pending")
        .hasMessageContaining("task 'main' waits for gather(aa, bb)")
        .hasMessageContaining("task 'aa' waits for join(bb)")
        .hasMessageContaining("task 'bb' waits for join(aa)");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  @DisplayName("a run that passes its timeout fails with LoopTimeoutException listing the unfinished tasks")
  void timeoutListsUnfinishedTasks() {
    EventLoop limited = new EventLoop(ClockKind.VIRTUAL, Duration.ofSeconds(5));
    assertThatThrownBy(() -> limited.run("main", () -> {
      limited.gather(limited.spawn("slow", () -> limited.sleep(Duration.ofSeconds(10))));
      return null;
    })).isInstanceOf(LoopTimeoutException.class)
        .hasMessageContaining("timeout of PT5S")
        .hasMessageContaining("task 'main' waits for gather(slow)")
        .hasMessageContaining("task 'slow' waits for sleep PT10S");
    // The virtual clock stopped at the deadline instead of jumping to the 10 s timer.
    assertThat(limited.elapsed()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  @DisplayName("a run that needs less than its timeout passes, one that needs more fails")
  void withinAndPastTimeout() {
    EventLoop limited = new EventLoop(ClockKind.VIRTUAL, Duration.ofSeconds(5));
    assertThatThrownBy(() -> limited.run("main", () -> { limited.sleep(Duration.ofSeconds(6)); return null; }))
        .isInstanceOf(LoopTimeoutException.class);
    EventLoop enough = new EventLoop(ClockKind.VIRTUAL, Duration.ofSeconds(5));
    assertThat(enough.run("main", () -> { enough.sleep(Duration.ofSeconds(4)); return "ok"; })).isEqualTo("ok");
  }

  @Test
  @DisplayName("a run whose last timer falls exactly on its timeout passes: the deadline must be passed, not reached")
  void endingExactlyAtTimeoutPasses() {
    // The post's 3 x 1 s with a 3 s limit: on the VIRTUAL clock it ends at exactly 3 s.
    EventLoop limited = new EventLoop(ClockKind.VIRTUAL, Duration.ofSeconds(3));
    String value = limited.run("main", () -> {
      limited.gather(limited.spawn("t1", () -> sleepThrice(limited)), limited.spawn("t2", () -> sleepThrice(limited)));
      return "in time";
    });
    assertThat(value).isEqualTo("in time");
    assertThat(limited.elapsed()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  @DisplayName("a run with a timer one nanosecond past its timeout fails at the timeout, without jumping to that timer")
  void timerJustPastTimeoutFails() {
    EventLoop limited = new EventLoop(ClockKind.VIRTUAL, Duration.ofSeconds(3));
    assertThatThrownBy(() -> limited.run("main", () -> {
      limited.sleep(Duration.ofSeconds(3).plusNanos(1));
      return null;
    })).isInstanceOf(LoopTimeoutException.class).hasMessageContaining("task 'main' waits for sleep PT3.000000001S");
    assertThat(limited.elapsed()).isEqualTo(Duration.ofSeconds(3));
  }

  private static void sleepThrice(EventLoop on) {
    for (int i = 0; i < 3; i++) {
      on.sleep(Duration.ofSeconds(1));
    }
  }

  @Test
  @DisplayName("a negative sleep fails with IllegalArgumentException naming the task")
  void negativeSleep() {
    Throwable thrown = catchFromRun(() -> loop.spawn("impatient", () -> loop.sleep(Duration.ofSeconds(-1))).join());
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("task 'impatient'")
        .hasMessageContaining("cannot be negative");
  }

  @Test
  @DisplayName("the loop API called outside any coroutine fails with a clear IllegalStateException")
  void outsideCoroutine() {
    assertThatIllegalStateException().isThrownBy(() -> loop.sleep(Duration.ofSeconds(1)))
        .withMessageContaining("loop.sleep() must be called from a coroutine running on this loop")
        .withMessageContaining("the loop has not started");
    assertThatIllegalStateException().isThrownBy(() -> loop.log("hello"))
        .withMessageContaining("loop.log()");
    assertThatIllegalStateException().isThrownBy(() -> loop.spawn("x", () -> { }))
        .withMessageContaining("loop.spawn()");
  }

  @Test
  @DisplayName("the loop API called from another thread while the loop runs fails with a clear IllegalStateException")
  void fromAnotherThread() throws Exception {
    CompletableFuture<Throwable> fromOther = new CompletableFuture<>();
    loop.run("main", () -> {
      Thread other = Thread.ofPlatform().name("intruder").start(() -> {
        try {
          loop.yieldNow();
          fromOther.complete(null);
        } catch (Throwable thrown) {
          fromOther.complete(thrown);
        }
      });
      other.join(); // blocks the loop on purpose: the intruder must call while a coroutine runs
      return null;
    });
    assertThat(fromOther.get(10, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("loop.yieldNow() must be called from a coroutine running on this loop")
        .hasMessageContaining("called from thread 'intruder'");
  }

  @Test
  @DisplayName("a task spawned on one loop cannot be gathered by another")
  void foreignTask() {
    EventLoop other = new EventLoop(ClockKind.VIRTUAL);
    AtomicReference<Task<Void>> foreign = new AtomicReference<>();
    other.run("otherMain", () -> { foreign.set(other.spawn("foreign", () -> { })); return null; });
    Throwable thrown = catchFromRun(() -> loop.gather(foreign.get()));
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("task 'foreign' was spawned by a loop made outside the engine, not by this loop");
  }

  @Test
  @DisplayName("main's own failure is rethrown by run as it was thrown")
  void mainFailure() {
    IOException io = new IOException("main failed");
    Throwable thrown = catchFromRun(() -> { loop.yieldNow(); throw io; });
    assertThat(thrown).isSameAs(io);
    assertThat(loop.timeline().task("main").events()).extracting(TimelineEvent::kind).last().isEqualTo(EventKind.FAIL);
  }

  private Throwable catchFromRun(java.util.concurrent.Callable<?> main) {
    return FailedRuns.failureOf(loop, main);
  }
}
