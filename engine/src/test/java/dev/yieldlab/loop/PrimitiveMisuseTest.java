package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.sync.Lock;
import dev.yieldlab.api.sync.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Primitives used outside their loop")
class PrimitiveMisuseTest {

  @Test
  @DisplayName("a primitive used by a coroutine of another loop fails naming each side's experiment, run, thread and task")
  void fromAnotherLoop() throws Exception {
    EventLoop first = new EventLoop(ClockKind.VIRTUAL, null, EventLoop.DEFAULT_STALL_THRESHOLD,
        new RunIdentity("ProducerExperiment", "fills"));
    Queue<String> jobs = first.run("first", () -> first.queue("jobs", 2));
    EventLoop second = new EventLoop(ClockKind.VIRTUAL, null, EventLoop.DEFAULT_STALL_THRESHOLD,
        new RunIdentity("ConsumerExperiment", "drains [fast]"));
    assertThat(failureFromThread(second, "other-loop", () -> jobs.put("x"))).isInstanceOf(IllegalStateException.class)
        .hasMessage("queue 'jobs'.put() was called from task 'main' of another loop (run 'drains [fast]' of"
            + " ConsumerExperiment), on thread 'other-loop', but queue 'jobs' belongs to the loop on thread '"
            + Thread.currentThread().getName() + "' (run 'fills' of ProducerExperiment): a primitive may be used only by"
            + " the coroutines of the loop that made it; make one per loop (per run), inside the run");
  }

  @Test
  @DisplayName("two loops of one run (a warm-up and a repetition) are told apart as such; loops outside the engine say so")
  void sameRunAndNoRun() throws Exception {
    RunIdentity run = new RunIdentity("TimingExperiment", "measured");
    EventLoop warmup = new EventLoop(ClockKind.VIRTUAL, null, EventLoop.DEFAULT_STALL_THRESHOLD, run);
    Lock kept = warmup.run("main", () -> warmup.lock("kept"));
    EventLoop repetition = new EventLoop(ClockKind.VIRTUAL, null, EventLoop.DEFAULT_STALL_THRESHOLD, run);
    assertThat(failureFromThread(repetition, "repetition", kept::acquire)).hasMessageContaining("from task 'main' of"
        + " another loop (run 'measured' of TimingExperiment, another loop of the same run (a warm-up or repetition:"
        + " each runs on a loop of its own))");
    EventLoop plain = new EventLoop(ClockKind.VIRTUAL);
    Lock outside = plain.run("main", () -> plain.lock("outside"));
    assertThat(failureFromThread(new EventLoop(ClockKind.VIRTUAL), "plain", outside::acquire))
        .hasMessageContaining("of another loop (a loop made outside the engine)")
        .hasMessageContaining("(a loop made outside the engine): a primitive");
  }

  @Test
  @DisplayName("a task or primitive of one run given to another run's join or select names both runs")
  void taskAndSelectAcrossRuns() throws Exception {
    EventLoop first = new EventLoop(ClockKind.VIRTUAL, null, EventLoop.DEFAULT_STALL_THRESHOLD,
        new RunIdentity("A", "one"));
    Object[] made = first.run("main", () -> new Object[] {first.spawn("child", () -> 1), first.queue("q")});
    EventLoop second = new EventLoop(ClockKind.VIRTUAL, null, EventLoop.DEFAULT_STALL_THRESHOLD,
        new RunIdentity("B", "two"));
    assertThat(failureFromThread(second, "joiner", () -> second.gather((dev.yieldlab.api.Task<?>) made[0])))
        .hasMessage("task 'child' was spawned by run 'one' of A, not by this loop (run 'two' of B): join, gather, select"
            + " and scope take only tasks of the loop they run on");
    @SuppressWarnings("unchecked")
    Queue<String> queue = (Queue<String>) made[1];
    EventLoop third = new EventLoop(ClockKind.VIRTUAL, null, EventLoop.DEFAULT_STALL_THRESHOLD,
        new RunIdentity("B", "two"));
    assertThat(failureFromThread(third, "selector", () -> third.<String>select("s").onGet(queue, x -> x).await()))
        .hasMessage("select 's': queue 'q' was made by run 'one' of A, not by this one (run 'two' of B): make both in the"
            + " same run");
  }

  /** What {@code body} throws as the main coroutine of {@code loop}, run on a thread named {@code thread}. */
  private static Throwable failureFromThread(EventLoop loop, String thread, Runnable body) throws Exception {
    CompletableFuture<Throwable> thrown = new CompletableFuture<>();
    Thread other = new Thread(() -> thrown.complete(FailedRuns.failureOf(loop, () -> {
      body.run();
      return null;
    })), thread);
    other.start();
    return thrown.get(10, TimeUnit.SECONDS);
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
