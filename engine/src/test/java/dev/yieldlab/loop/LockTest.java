package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.sync.Lock;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.LockHold;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Locks")
class LockTest {

  private final EventLoop loop = new EventLoop(ClockKind.VIRTUAL);

  @Test
  @DisplayName("another coroutine waits for the lock, waiters get it in FIFO order, and holds never overlap")
  void mutualExclusionInOrder() {
    List<String> order = loop.run("main", () -> {
      Lock account = loop.lock("account");
      List<String> entered = new ArrayList<>();
      List<Task<?>> tasks = new ArrayList<>();
      for (String name : List.of("a", "b", "c")) {
        tasks.add(loop.spawn(name, () -> account.withLock(() -> {
          entered.add(name);
          loop.sleep(Duration.ofSeconds(1));
        })));
      }
      loop.gather(tasks.toArray(Task<?>[]::new));
      return entered;
    });
    assertThat(order).containsExactly("a", "b", "c");
    assertThat(loop.timeline().primitives().lockHolds("account")).extracting(LockHold::task, h -> h.duration().toSeconds())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 1L), org.assertj.core.groups.Tuple.tuple("b", 1L),
            org.assertj.core.groups.Tuple.tuple("c", 1L));
    dev.yieldlab.api.YieldlabAssertions.assertThat(loop.timeline()).lockHeldByOneTaskAtATime("account");
    assertThat(loop.timeline().task("b").events()).extracting(TimelineEvent::detail)
        .contains("waits for lock 'account' (held by 'a')", "acquired lock 'account'", "released lock 'account'");
  }

  @Test
  @DisplayName("an uncontended acquire and release switch to no other coroutine and leave both events")
  void uncontendedDoesNotSwitch() {
    loop.run("main", () -> {
      Lock lock = loop.lock("l");
      for (int i = 0; i < 3; i++) {
        lock.acquire();
        lock.release();
      }
      return null;
    });
    assertThat(loop.timeline().events()).extracting(TimelineEvent::kind)
        .containsExactly(EventKind.SPAWN, EventKind.START, EventKind.SYNC, EventKind.SYNC, EventKind.SYNC,
            EventKind.SYNC, EventKind.SYNC, EventKind.SYNC, EventKind.END);
  }

  @Test
  @DisplayName("a waiter cancelled after the lock was handed to it never owns it: the next waiter gets it")
  void cancelledWaiterNeverOwns() {
    List<Object> seen = loop.run("main", () -> {
      Lock lock = loop.lock("L");
      lock.acquire();
      Task<Void> first = loop.spawn("first", () -> lock.withLock(() -> { }));
      Task<String> second = loop.spawn("second", () -> lock.withLock(() -> lock.owner().orElseThrow()));
      loop.yieldNow(); // both wait
      lock.release(); // handed to 'first', which has not run
      first.cancel("no longer needed");
      String ownerInSecond = second.join();
      assertThatThrownBy(first::join).isInstanceOf(TaskCancelledException.class);
      return List.of(ownerInSecond, lock.isLocked());
    });
    assertThat(seen).containsExactly("second", false);
    assertThat(loop.timeline().primitives().lockHolds("L")).extracting(LockHold::task).containsExactly("main", "second");
  }

  @Test
  @DisplayName("a release by a task that does not hold the lock fails naming both tasks")
  void releaseByNonOwner() {
    Throwable thrown = FailedRuns.failureOf(loop, () -> {
      Lock lock = loop.lock("account");
      loop.spawn("holder", () -> {
        lock.acquire();
        loop.sleep(Duration.ofSeconds(5));
      });
      loop.yieldNow();
      lock.release();
      return null;
    });
    assertThat(thrown).isInstanceOf(IllegalStateException.class)
        .hasMessage("lock 'account'.release() in task 'main', but task 'holder' holds it: only the task that acquired a"
            + " lock may release it (a Semaphore has no owner)");
  }

  @Test
  @DisplayName("acquiring a lock one holds fails at once instead of waiting for oneself")
  void notReentrant() {
    Throwable thrown = FailedRuns.failureOf(loop, () -> {
      Lock lock = loop.lock("L");
      lock.acquire();
      lock.acquire();
      return null;
    });
    assertThat(thrown).hasMessageContaining("lock 'L' is not reentrant");
  }

  @Test
  @DisplayName("a deadlock through two locks names the cycle")
  void deadlockNamesTheCycle() {
    Throwable thrown = FailedRuns.failureOf(loop, () -> {
      Lock l1 = loop.lock("L1");
      Lock l2 = loop.lock("L2");
      Task<Void> a = loop.spawn("a", () -> {
        l1.acquire();
        loop.sleep(Duration.ofSeconds(1));
        l2.acquire();
      });
      Task<Void> b = loop.spawn("b", () -> {
        l2.acquire();
        loop.sleep(Duration.ofSeconds(1));
        l1.acquire();
      });
      loop.gather(a, b);
      return null;
    });
    assertThat(thrown).isInstanceOf(DeadlockException.class)
        .hasMessageContaining("cycle: 'a' waits for lock 'L2' held by 'b'; 'b' waits for lock 'L1' held by 'a'")
        .hasMessageContaining("task 'a' waits for lock 'L2' (held by 'b')");
  }
}
