package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.TimeoutExpiredException;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.EventSubject.CancellationSwallowed;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A cancellation that a coroutine catches is never silently lost. A timeout's is raised once (the
 * block's cleanup may wait), and {@code withTimeout} throws anyway when the block returns (kotlinx;
 * asyncio.timeout would return the value); a {@code Task.cancel} stays, raised again at once at every
 * later wait (kotlinx, trio; asyncio raises it once). Each swallow is marked in the timeline with the
 * place it was raised, and the run's timeout and stop messages name the tasks that swallowed one.
 */
@DisplayName("Cancellations that a coroutine catches")
class CancellationSwallowedTest {

  private final EventLoop loop = new EventLoop(ClockKind.VIRTUAL);

  @Test
  @DisplayName("withTimeout whose body catches its cancellation and returns 308 ms late throws TimeoutExpiredException saying where and how late")
  void swallowedTimeoutStillTimesOut() {
    List<String> log = new ArrayList<>();
    Throwable thrown = FailedRuns.failureOf(loop, () -> loop.withTimeout("fetch", Duration.ofMillis(100), () -> {
      try {
        loop.sleep(Duration.ofSeconds(1)); // the timeout's cancellation is raised here, at +0.1 s
      } catch (TaskCancelledException caught) {
        log.add("caught at " + loop.elapsed().toMillis());
      }
      loop.sleep(Duration.ofMillis(308)); // raised once: this wait takes its whole time
      log.add("returns at " + loop.elapsed().toMillis());
      return "too late";
    }));
    assertThat(log).containsExactly("caught at 100", "returns at 408");
    assertThat(thrown).isInstanceOf(TimeoutExpiredException.class).hasCauseInstanceOf(TaskCancelledException.class)
        .hasMessageStartingWith("block 'fetch' timed out after PT0.1S: its body caught the cancellation raised at"
            + " CancellationSwallowedTest.java:")
        .hasMessageContaining("and returned 308 ms after the deadline; withTimeout throws all the same, as kotlinx's"
            + " withTimeout does (asyncio.timeout would return the value)");
    assertThat(((TimeoutExpiredException) thrown).late()).contains(Duration.ofMillis(308));
    CancellationSwallowed mark = swallowedBy("main").getFirst();
    assertThat(mark.cancellation()).isEqualTo("block 'fetch' passed its timeout of PT0.1S");
    assertThat(mark.raisedAt()).hasValueSatisfying(frame ->
        assertThat(frame.getClassName()).isEqualTo(CancellationSwallowedTest.class.getName()));
    assertThat(mark.late()).isEqualTo(Duration.ofMillis(308));
    assertThat(mark.then()).isEqualTo("returned from block 'fetch' with a value");
  }

  @Test
  @DisplayName("a Task.cancel caught is raised again at once at every later wait: a 10 s sleep and a yield end at once")
  void swallowedCancelIsRaisedAgainAtEveryWait() {
    List<String> log = new ArrayList<>();
    loop.run("main", () -> {
      Task<Void> victim = loop.spawn("victim", () -> {
        for (String wait : List.of("sleep 10 s", "sleep 10 s again", "yield")) {
          try {
            if (wait.equals("yield")) {
              loop.yieldNow();
            } else {
              loop.sleep(Duration.ofSeconds(10));
            }
            log.add(wait + " ended normally");
          } catch (TaskCancelledException caught) {
            log.add(wait + ": cancelled at " + loop.elapsed().toMillis());
          }
        }
      });
      loop.sleep(Duration.ofMillis(100));
      victim.cancel("enough");
      victim.join();
      return null;
    });
    assertThat(log).containsExactly("sleep 10 s: cancelled at 100", "sleep 10 s again: cancelled at 100",
        "yield: cancelled at 100");
    List<CancellationSwallowed> marks = swallowedBy("victim");
    assertThat(marks).as("one mark when it first waits again, one when it ends normally").hasSize(2);
    assertThat(marks.getFirst().cancellation()).isEqualTo("task.cancel(\"enough\")");
    assertThat(marks.getFirst().then()).isEqualTo("waited again, for sleep PT10S");
    assertThat(marks.getLast().then()).isEqualTo("ended normally");
    assertThat(marks.getFirst().text()).startsWith("cancellation swallowed: task.cancel(\"enough\"), raised at"
        + " CancellationSwallowedTest.java:");
  }

  @Test
  @DisplayName("a task that swallows its cancellation forever is named in the run timeout's message (REAL clock)")
  void runTimeoutNamesTheSwallower() {
    EventLoop real = new EventLoop(ClockKind.REAL, Duration.ofMillis(200));
    Throwable thrown = FailedRuns.failureOf(real, () -> {
      Task<Void> stubborn = real.spawn("stubborn", () -> {
        while (true) {
          try {
            real.sleep(Duration.ofSeconds(1));
          } catch (TaskCancelledException ignored) {
            // swallowed, again and again
          }
        }
      });
      real.yieldNow();
      stubborn.cancel("stop");
      real.sleep(Duration.ofSeconds(10));
      return null;
    });
    assertThat(thrown).isInstanceOf(LoopTimeoutException.class)
        .hasMessageContaining("task 'stubborn' waits for sleep PT1S (it swallowed a cancellation: task.cancel(\"stop\"),"
            + " raised at CancellationSwallowedTest.java:");
  }

  @Test
  @DisplayName("a scope whose task is cancelled waits for its children without any mark: the scope rethrows the cancellation")
  void scopeCleanupIsNoSwallow() {
    Throwable thrown = FailedRuns.failureOf(loop, () -> {
      Task<Object> owner = loop.spawn("owner", () -> loop.scope(scope -> {
        scope.spawn("child", () -> loop.sleep(Duration.ofSeconds(10)));
        loop.sleep(Duration.ofSeconds(10));
        return null;
      }));
      loop.sleep(Duration.ofSeconds(1));
      owner.cancel("stop");
      return owner.join();
    });
    assertThat(thrown).isInstanceOf(TaskCancelledException.class);
    assertThat(loop.timeline().events()).extracting(TimelineEvent::subject)
        .noneMatch(CancellationSwallowed.class::isInstance);
  }

  private List<CancellationSwallowed> swallowedBy(String task) {
    return loop.timeline().task(task).events().stream().filter(e -> e.kind() == EventKind.SYNC)
        .map(TimelineEvent::subject).filter(CancellationSwallowed.class::isInstance)
        .map(CancellationSwallowed.class::cast).toList();
  }
}
