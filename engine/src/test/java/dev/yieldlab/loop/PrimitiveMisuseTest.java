package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Lock;
import dev.yieldlab.api.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Primitives used outside their loop")
class PrimitiveMisuseTest {

  @Test
  @DisplayName("a primitive used by a coroutine of another loop fails naming both loops' threads and the task")
  void fromAnotherLoop() throws Exception {
    EventLoop first = new EventLoop(ClockKind.VIRTUAL);
    Queue<String> jobs = first.run("first", () -> first.queue("jobs", 2));
    EventLoop second = new EventLoop(ClockKind.VIRTUAL);
    CompletableFuture<Throwable> thrown = new CompletableFuture<>();
    Thread other = new Thread(() -> thrown.complete(FailedRuns.failureOf(second, () -> {
      jobs.put("x");
      return null;
    })), "other-loop");
    other.start();
    assertThat(thrown.get(10, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
        .hasMessage("queue 'jobs'.put() was called from task 'main' of another loop, on thread 'other-loop', but queue"
            + " 'jobs' belongs to the loop on thread '" + Thread.currentThread().getName() + "': a primitive may be used"
            + " only by the coroutines of the loop that made it; make one per loop (per run), inside the run");
  }

  @Test
  @DisplayName("a primitive used from a thread that is not a coroutine of its loop fails naming both threads")
  void fromAPlainThread() throws Exception {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    CompletableFuture<Lock> lock = new CompletableFuture<>();
    CompletableFuture<Throwable> thrown = new CompletableFuture<>();
    Thread outsider = new Thread(() -> {
      try {
        lock.get().release();
        thrown.complete(null);
      } catch (Throwable t) {
        thrown.complete(t);
      }
    }, "outsider");
    loop.run("main", () -> {
      lock.complete(loop.lock("account"));
      outsider.start();
      outsider.join(); // blocks the loop on purpose: the outsider calls while main holds the thread
      return null;
    });
    assertThat(thrown.get(10, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("lock 'account'.release() was called from thread 'outsider', which is not a coroutine"
            + " of its loop, but lock 'account' belongs to the loop on thread '" + Thread.currentThread().getName() + "'");
  }

  @Test
  @DisplayName("a primitive kept past its run fails on the loop's own thread, saying its loop has ended")
  void afterItsLoopEnded() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    Lock lock = loop.run("main", () -> loop.lock("stale"));
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(lock::acquire);
    assertThat(thrown).hasMessageStartingWith("lock 'stale'.acquire() was called from thread '"
        + Thread.currentThread().getName() + "' outside any coroutine of its loop (which has ended or not started)");
  }
}
