package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link EventLoop#preemptAt}: where the yield points injected into code that holds no Loop (the
 * CPU-bound variants) lead. It must yield inside a coroutine, do nothing outside one, and stop an
 * endless loop once the run is past its deadline.
 */
@DisplayName("The preemption point for injected yields")
class PreemptionPointTest {

  @Test
  @DisplayName("does nothing and returns false outside any coroutine")
  void outsideCoroutine() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    assertThat(loop.preemptAt("nowhere")).isFalse();
    AtomicBoolean fromAnotherThread = new AtomicBoolean(true);
    loop.run("main", () -> {
      // While a coroutine runs, but called from a thread that is not the loop's.
      Thread other = new Thread(() -> fromAnotherThread.set(loop.preemptAt("elsewhere")));
      other.start();
      other.join();
      return null;
    });
    assertThat(fromAnotherThread).isFalse();
    assertThat(loop.preemptAt("after the run")).isFalse();
  }

  @Test
  @DisplayName("inside a coroutine yields to the other ready tasks, records where, and returns true")
  void yieldsInsideCoroutine() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    List<String> order = new ArrayList<>();
    List<Boolean> yielded = new ArrayList<>();
    loop.run("main", () -> {
      loop.gather(
          loop.spawn("cpu", () -> {
            for (int i = 0; i < 2; i++) {
              order.add("cpu " + i);
              yielded.add(loop.preemptAt("Cpu.loop:42"));
            }
          }),
          loop.spawn("other", () -> { order.add("other"); }));
      return null;
    });
    assertThat(order).containsExactly("cpu 0", "other", "cpu 1");
    assertThat(yielded).containsExactly(true, true);
    assertThat(loop.timeline().task("cpu").events()).filteredOn(e -> e.kind() == EventKind.YIELD)
        .extracting(TimelineEvent::detail).containsOnly("at Cpu.loop:42");
  }

  @Test
  @DisplayName("stops an endless computing loop past the run's deadline with LoopTimeoutException naming the task and place")
  void stopsEndlessLoopAtDeadline() {
    // REAL clock: on the VIRTUAL clock computing takes no time, so only a real clock can pass a deadline here.
    EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofMillis(50));
    long started = System.nanoTime();
    assertThatThrownBy(() -> loop.run("main", () -> {
      loop.spawn("spinner", () -> {
        while (true) {
          loop.preemptAt("Spinner.run:7");
        }
      }).join();
      return null;
    })).isInstanceOf(LoopTimeoutException.class)
        .hasMessageContaining("timeout of PT0.05S")
        .hasMessageContaining("task 'spinner'")
        .hasMessageContaining("Spinner.run:7");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }
}
