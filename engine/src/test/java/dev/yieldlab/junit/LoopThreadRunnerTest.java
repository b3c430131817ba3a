package dev.yieldlab.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.CancellationToken;

@DisplayName("Loop threads")
class LoopThreadRunnerTest {

  private static RunOutcome run(String name, RunTarget body) throws InterruptedException {
    return LoopThreadRunner.run(name, ClockKind.VIRTUAL, Duration.ofSeconds(5), CancellationToken.create(), body);
  }

  @Test
  @DisplayName("a run's loop thread is a daemon named after the run, not the caller's thread")
  void namedAfterTheRun() throws InterruptedException {
    RunOutcome outcome = run("first", (loop, side) -> Thread.currentThread());

    Thread thread = (Thread) outcome.value();
    assertThat(thread).isNotSameAs(Thread.currentThread());
    assertThat(thread.isDaemon()).isTrue();
    assertThat(outcome.timeline().threadIds()).containsExactly(thread.threadId());
  }

  @Test
  @DisplayName("a run's kernel view carries the times its loop waited with nothing ready: one per timer it slept until, none for a yield")
  void idleWaitsCounted() throws InterruptedException {
    RunOutcome outcome = run("three sleeps", (loop, side) -> {
      for (int i = 0; i < 3; i++) {
        loop.sleep(Duration.ofMillis(10));
        loop.yieldNow(); // alone on the loop: goes on at once, no wait
      }
      return null;
    });

    assertThat(outcome.kernel().loopIdleWaits()).isEqualTo(3);
  }

  @Test
  @DisplayName("runs one after the other reuse an idle loop thread, which carries the current run's name")
  void threadsAreReused() throws InterruptedException {
    RunOutcome first = run("first", (loop, side) -> Thread.currentThread().getName());
    RunOutcome second = run("second", (loop, side) -> Thread.currentThread().getName());

    assertThat(first.value()).isEqualTo("yieldlab-loop-first");
    assertThat(second.value()).isEqualTo("yieldlab-loop-second");
    assertThat(second.timeline().threadIds()).isEqualTo(first.timeline().threadIds());
  }

  @Test
  @DisplayName("a run does not inherit the interrupt flag that an earlier run left set on its thread")
  void interruptFlagDoesNotLeak() throws InterruptedException {
    run("interrupts itself", (loop, side) -> {
      Thread.currentThread().interrupt();
      return null;
    });
    RunOutcome next = run("next", (loop, side) -> Thread.currentThread().isInterrupted());

    assertThat(next.value()).isEqualTo(false);
  }

  @Test
  @DisplayName("a run whose VIRTUAL clock never reaches its timeout is asked to stop by the watchdog, and keeps its timeline")
  void watchdogAsksFirst() throws InterruptedException {
    // Only yields and no timer: virtual time stands still, so the loop's own deadline never passes.
    RunOutcome outcome = LoopThreadRunner.run("spinning", ClockKind.VIRTUAL, Duration.ofMillis(100),
        CancellationToken.create(), (loop, side) -> {
          while (true) {
            loop.yieldNow();
          }
        });

    assertThat(outcome.failure()).isInstanceOf(dev.yieldlab.loop.LoopStoppedException.class)
        .hasMessageStartingWith("run stopped: the watchdog: the run had not ended PT2S of wall time after its timeout"
            + " of PT0.1S");
    assertThat(outcome.timeline().task("spinning").yields()).isPositive();
  }
}
