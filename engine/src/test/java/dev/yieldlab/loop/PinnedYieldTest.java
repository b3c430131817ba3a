package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.internal.vm.Continuation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Where the JVM lets a coroutine suspend and where it refuses. A refused yield must fail the task
 * loudly: silently running on would break the ordering every experiment asserts.
 */
@DisplayName("Yields inside pinned code")
class PinnedYieldTest {

  private final EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
  private final Object monitor = new Object();

  @Test
  @DisplayName("a yield inside synchronized suspends normally on JDK 25 and other tasks run meanwhile")
  void yieldInsideSynchronizedSuspends() {
    List<String> order = new ArrayList<>();
    loop.run("main", () -> {
      loop.gather(
          loop.spawn("holder", () -> {
            synchronized (monitor) {
              order.add("holder in");
              loop.sleep(Duration.ofSeconds(1));
              order.add("holder out");
            }
          }),
          loop.spawn("other", () -> { order.add("other"); }));
      return null;
    });
    // "other" ran while "holder" slept holding the monitor: the yield really suspended.
    assertThat(order).containsExactly("holder in", "other", "holder out");
  }

  @Test
  @DisplayName("a yield inside Continuation.pin() fails the task with PinnedYieldException naming task and reason")
  void yieldInsideCriticalSection() {
    Throwable thrown = catchFromRun(() -> loop.spawn("pinnedTask", () -> {
      Continuation.pin();
      try {
        loop.yieldNow();
      } finally {
        Continuation.unpin();
      }
    }).join());
    assertThat(thrown).isInstanceOf(PinnedYieldException.class)
        .hasMessageContaining("coroutine 'pinnedTask' cannot suspend here")
        .hasMessageContaining("CRITICAL_SECTION");
    assertThat(loop.timeline().task("pinnedTask").events()).extracting(TimelineEvent::kind).last()
        .isEqualTo(EventKind.FAIL);
  }

  /** Its static initializer sleeps: class initialization runs under a native VM frame. */
  static final class SleepsInStaticInitializer {
    static {
      LoopHolder.loop.sleep(Duration.ofSeconds(1));
    }

    static void touch() {}
  }

  static final class LoopHolder {
    static EventLoop loop;
  }

  @Test
  @DisplayName("a yield from a class's static initializer fails the task with PinnedYieldException (NATIVE)")
  void yieldInsideStaticInitializer() {
    LoopHolder.loop = loop;
    Throwable thrown = catchFromRun(() -> loop.spawn("initializer", SleepsInStaticInitializer::touch).join());
    // The JVM wraps whatever a static initializer throws, so the task fails with our exception as the cause.
    assertThat(thrown).isInstanceOf(ExceptionInInitializerError.class);
    assertThat(thrown.getCause()).isInstanceOf(PinnedYieldException.class)
        .hasMessageContaining("coroutine 'initializer' cannot suspend here")
        .hasMessageContaining("NATIVE");
  }

  @Test
  @DisplayName("a task that failed while pinned does not run again, and the loop goes on")
  void loopGoesOnAfterPinnedFailure() {
    String value = loop.run("main", () -> {
      try {
        loop.spawn("pinned", () -> {
          Continuation.pin();
          try {
            loop.yieldNow();
          } finally {
            Continuation.unpin();
          }
        }).join();
      } catch (PinnedYieldException expected) {
        // the task failed; main itself is fine
      }
      loop.sleep(Duration.ofSeconds(1));
      return "after";
    });
    assertThat(value).isEqualTo("after");
    assertThat(loop.timeline().task("pinned").events()).extracting(TimelineEvent::kind)
        .containsExactly(EventKind.SPAWN, EventKind.START, EventKind.YIELD, EventKind.FAIL);
  }

  @Test
  @DisplayName("a task that catches a refused yield and goes on is not woken early by the refused yield's leftovers")
  void refusedYieldLeavesNoStaleWakeUp() {
    List<String> order = new ArrayList<>();
    Duration wokeAt = loop.run("main", () -> {
      Task<Duration> survivor = loop.spawn("survivor", () -> {
        Continuation.pin();
        try {
          loop.yieldNow(); // refused: it must not stay queued as if it had yielded
        } catch (PinnedYieldException expected) {
          order.add("refused");
        } finally {
          Continuation.unpin();
        }
        loop.sleep(Duration.ofSeconds(1));
        order.add("woke");
        return loop.elapsed();
      });
      loop.spawn("other", () -> { order.add("other"); });
      return survivor.join();
    });
    // The sleep lasted its full second, and "other" ran while the survivor slept.
    assertThat(wokeAt).isEqualTo(Duration.ofSeconds(1));
    assertThat(order).containsExactly("refused", "other", "woke");
  }

  @Test
  @DisplayName("a task that catches a refused sleep and sleeps again is not woken by the refused sleep's timer")
  void refusedSleepLeavesNoStaleTimer() {
    Duration wokeAt = loop.run("main", () -> loop.spawn("survivor", () -> {
      Continuation.pin();
      try {
        loop.sleep(Duration.ofSeconds(1)); // refused: its timer must not fire later
      } catch (PinnedYieldException expected) {
        // go on
      } finally {
        Continuation.unpin();
      }
      loop.sleep(Duration.ofSeconds(5));
      return loop.elapsed();
    }).join());
    assertThat(wokeAt).isEqualTo(Duration.ofSeconds(5));
  }

  private Throwable catchFromRun(java.util.concurrent.Callable<?> main) {
    return FailedRuns.failureOf(loop, main);
  }
}
