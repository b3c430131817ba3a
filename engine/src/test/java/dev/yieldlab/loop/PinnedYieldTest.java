package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.EventKind;
import dev.yieldlab.api.TimelineEvent;
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
    assertThat(loop.timeline().eventsOf("pinnedTask")).extracting(TimelineEvent::kind).last()
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
    // The JVM wraps whatever a static initializer throws; the cause is ours.
    Throwable pinned = thrown instanceof ExceptionInInitializerError ? thrown.getCause() : thrown;
    assertThat(pinned).isInstanceOf(PinnedYieldException.class)
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
    assertThat(loop.timeline().eventsOf("pinned")).extracting(TimelineEvent::kind)
        .containsExactly(EventKind.SPAWN, EventKind.START, EventKind.YIELD, EventKind.FAIL);
  }

  private Throwable catchFromRun(java.util.concurrent.Callable<?> main) {
    try {
      loop.run("main", main);
    } catch (Throwable thrown) {
      return thrown;
    }
    throw new AssertionError("the run was expected to fail but returned normally");
  }
}
