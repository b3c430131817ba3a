package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.TimeoutExpiredException;
import dev.yieldlab.api.sync.Queue;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Timeouts, shields and cancellation reasons")
class TimeoutTest {

  private final EventLoop loop = new EventLoop(ClockKind.VIRTUAL);

  @Test
  @DisplayName("a block past its timeout is cancelled at the deadline, its cleanup runs, and the caller gets a timeout naming it")
  void slowBlockTimesOut() {
    List<String> log = new ArrayList<>();
    Throwable thrown = FailedRuns.failureOf(loop, () -> loop.withTimeout("fetch", Duration.ofSeconds(2), () -> {
      try {
        loop.sleep(Duration.ofSeconds(10));
        return "never";
      } finally {
        log.add("cleanup at " + loop.elapsed().toSeconds());
        loop.sleep(Duration.ofSeconds(1)); // cleanup may wait: the timeout was delivered once
        log.add("cleanup done at " + loop.elapsed().toSeconds());
      }
    }));
    assertThat(thrown).isInstanceOf(TimeoutExpiredException.class)
        .hasMessage("block 'fetch' timed out after PT2S: it was cancelled at its deadline");
    assertThat(((TimeoutExpiredException) thrown).block()).isEqualTo("fetch");
    assertThat(thrown.getCause()).isInstanceOf(TaskCancelledException.class)
        .hasMessage("task 'main' was cancelled while waiting for sleep PT10S: block 'fetch' passed its timeout of PT2S");
    assertThat(log).containsExactly("cleanup at 2", "cleanup done at 3");
    assertThat(loop.timeline().events()).filteredOn(e -> e.kind() == EventKind.SYNC)
        .extracting(e -> e.subject()).containsExactly(new EventSubject.TimeoutFired("fetch", Duration.ofSeconds(2)));
  }

  @Test
  @DisplayName("a block within its timeout returns its value and leaves no timer behind")
  void fastBlockKeepsItsValue() {
    String value = loop.run("main", () -> {
      String v = loop.withTimeout("quick", Duration.ofSeconds(5), () -> {
        loop.sleep(Duration.ofSeconds(1));
        return "ok";
      });
      loop.sleep(Duration.ofSeconds(10)); // the cancelled timer must not fire into this sleep
      return v;
    });
    assertThat(value).isEqualTo("ok");
    assertThat(loop.elapsed()).isEqualTo(Duration.ofSeconds(11));
    assertThat(loop.timers().size()).isZero();
  }

  @Test
  @DisplayName("nested timeouts: the one that fires is the one that is thrown, and the outer block goes on after an inner one")
  void nested() {
    List<String> log = loop.run("main", () -> {
      List<String> seen = new ArrayList<>();
      loop.withTimeout("outer", Duration.ofSeconds(10), () -> {
        try {
          loop.withTimeout("inner", Duration.ofSeconds(1), () -> loop.sleep(Duration.ofSeconds(5)));
        } catch (TimeoutExpiredException inner) {
          seen.add(inner.block() + "@" + loop.elapsed().toSeconds());
        }
        loop.sleep(Duration.ofSeconds(1)); // not interrupted: the inner timeout was dealt with
        seen.add("outer goes on @" + loop.elapsed().toSeconds());
      });
      try {
        loop.withTimeout("short outer", Duration.ofSeconds(1),
            () -> loop.withTimeout("long inner", Duration.ofSeconds(5), () -> loop.sleep(Duration.ofSeconds(9))));
      } catch (TimeoutExpiredException outer) {
        seen.add(outer.block() + "@" + loop.elapsed().toSeconds());
      }
      return seen;
    });
    assertThat(log).containsExactly("inner@1", "outer goes on @2", "short outer@3");
  }

  @Test
  @DisplayName("a timeout that fires while the block has been woken to finish does not lose the block's result (REAL clock)")
  void timeoutWhileFinishingKeepsTheResult() {
    // Only real time can pass while a coroutine runs: on the VIRTUAL clock a deadline can never fall due
    // while the woken block is still queued. The putter computes past the deadline before it puts, so
    // the loop finds the deadline due only after the block was handed its item.
    EventLoop real = new EventLoop(ClockKind.REAL);
    String value = real.run("main", () -> {
      Queue<String> replies = real.queue("replies", 1);
      real.spawn("server", () -> {
        long until = System.nanoTime() + Duration.ofMillis(30).toNanos();
        while (System.nanoTime() < until) {
          Thread.onSpinWait(); // past the 20 ms deadline, without suspending
        }
        replies.put("answer");
      });
      return real.withTimeout("call", Duration.ofMillis(20), replies::get);
    });
    assertThat(value).isEqualTo("answer");
    assertThat(real.timeline().events()).filteredOn(e -> e.subject() instanceof EventSubject.TimeoutFired).hasSize(1);
    // The block returned after its deadline without waiting again: its cancellation was never raised, and
    // the timeline says how late it returned.
    assertThat(real.timeline().events()).extracting(TimelineEvent::subject)
        .filteredOn(EventSubject.LateReturn.class::isInstance).singleElement()
        .satisfies(late -> assertThat(late.text()).startsWith("block 'call' returned ")
            .endsWith(" ms after its timeout of PT0.02S without waiting again, so its cancellation was never raised:"
                + " it keeps its value"));
  }

  @Test
  @DisplayName("cancelling a task inside withTimeout is a cancellation, not a timeout, and carries its reason")
  void cancelInsideTimeout() {
    Throwable thrown = FailedRuns.failureOf(loop, () -> {
      Task<Void> worker = loop.spawn("worker",
          () -> loop.withTimeout("job", Duration.ofSeconds(10), () -> loop.sleep(Duration.ofSeconds(20))));
      loop.sleep(Duration.ofSeconds(1));
      worker.cancel("shutting down");
      return worker.join();
    });
    assertThat(thrown).isInstanceOf(TaskCancelledException.class)
        .hasMessage("task 'worker' was cancelled while waiting for sleep PT20S: shutting down");
    assertThat(((TaskCancelledException) thrown).reason()).contains("shutting down");
  }

  @Test
  @DisplayName("a shielded block runs to its end when its task is cancelled; the cancellation comes at the next wait")
  void shield() {
    List<String> log = new ArrayList<>();
    Throwable thrown = FailedRuns.failureOf(loop, () -> {
      Task<Void> saver = loop.spawn("saver", () -> {
        String saved = loop.shield(() -> {
          loop.sleep(Duration.ofSeconds(3));
          return "saved at " + loop.elapsed().toSeconds();
        });
        log.add(saved);
        loop.sleep(Duration.ofSeconds(100));
        log.add("never");
      });
      loop.sleep(Duration.ofSeconds(1));
      saver.cancel("stop");
      return saver.join();
    });
    assertThat(log).containsExactly("saved at 3");
    assertThat(thrown).isInstanceOf(TaskCancelledException.class).hasMessageContaining("before waiting for sleep PT1M40S: stop");
    assertThat(loop.elapsed()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  @DisplayName("a negative timeout is refused naming the block")
  void negativeTimeout() {
    Throwable thrown = FailedRuns.failureOf(loop, () -> loop.withTimeout("x", Duration.ofSeconds(-1), () -> 1));
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("loop.withTimeout(\"x\", PT-1S) in task 'main': a timeout cannot be negative");
  }
}
