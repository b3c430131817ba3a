package dev.yieldlab.api.timeline;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;
import static dev.yieldlab.api.YieldlabAssertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Loop;
import dev.yieldlab.loop.EventLoop;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each TimelineAssert method against a timeline that satisfies it and one that does not; the failure
 * messages must quote the part of the timeline they are about, since that is all a reader of a red
 * build sees. Timelines come from a real loop on the VIRTUAL clock, so their times are exact.
 */
@DisplayName("TimelineAssert")
class TimelineAssertTest {

  /** The post's experiment 1 with two steps: t1 and t2 take turns at every 1 s sleep. */
  static final Timeline INTERLEAVED = record(loop -> {
    loop.gather(loop.spawn("t1", () -> steps(loop, "t1", true)), loop.spawn("t2", () -> steps(loop, "t2", true)));
    return null;
  });

  /** Its second half: no awaits, so t1 runs to its end before t2 starts. */
  static final Timeline SEQUENTIAL = record(loop -> {
    loop.gather(loop.spawn("t1", () -> steps(loop, "t1", false)), loop.spawn("t2", () -> steps(loop, "t2", false)));
    return null;
  });

  static void steps(Loop loop, String name, boolean sleep) {
    for (int i = 0; i < 2; i++) {
      loop.log(name + ": step " + i);
      if (sleep) {
        loop.sleep(Duration.ofSeconds(1));
      }
    }
    loop.log(name + " done");
  }

  interface Body {
    Object run(Loop loop) throws Exception;
  }

  static Timeline record(Body body) {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    Callable<Object> main = () -> body.run(loop);
    loop.run("main", main);
    return loop.timeline();
  }

  @Nested
  @DisplayName("logs()")
  class Logs {

    @Test
    @DisplayName("passes when the log has exactly the expected lines in order")
    void passes() {
      assertThat(INTERLEAVED).logs().containsExactly(
          "t1: step 0", "t2: step 0", "t1: step 1", "t2: step 1", "t1 done", "t2 done");
    }

    @Test
    @DisplayName("fails on a wrong order with expected and actual order and the timed post-style log")
    void failsWithBothOrdersAndTheLog() {
      assertThatThrownBy(() -> assertThat(INTERLEAVED).logs().containsExactly(
          "t1: step 0", "t1: step 1", "t1 done", "t2: step 0", "t2: step 1", "t2 done"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("post-style log:")
          .hasMessageContaining("t1: step 1 at +1.000 s")
          .hasMessageContaining("t2 done at +2.000 s")
          .hasMessageContaining("\"t1: step 0\", \"t2: step 0\", \"t1: step 1\"")
          .hasMessageContaining("\"t1: step 0\", \"t1: step 1\", \"t1 done\"");
    }
  }

  @Nested
  @DisplayName("allOnOneThread()")
  class AllOnOneThread {

    @Test
    @DisplayName("passes for a loop's timeline")
    void passes() {
      assertThat(INTERLEAVED).allOnOneThread();
    }

    @Test
    @DisplayName("fails for events from two threads, quoting the first event of each thread")
    void failsQuotingEachThread() {
      Timeline twoThreads = new Timeline(List.of(
          new TimelineEvent(0, EventKind.START, "a", 11, 0, ""),
          new TimelineEvent(1, EventKind.LOG, "a", 11, 1_000_000, "hello"),
          new TimelineEvent(2, EventKind.START, "b", 22, 2_000_000, "")));
      assertThatThrownBy(() -> assertThat(twoThreads).allOnOneThread())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected every event on one thread, but 2 threads recorded events")
          .hasMessageContaining("thread 11 first at: +0.000 s  a  START")
          .hasMessageContaining("thread 22 first at: +0.002 s  b  START")
          .hasMessageNotContaining("hello");
    }
  }

  @Nested
  @DisplayName("switchedAtLeast()")
  class SwitchedAtLeast {

    @Test
    @DisplayName("passes when the loop switched between coroutines often enough")
    void passes() {
      assertThat(INTERLEAVED).switchedAtLeast(INTERLEAVED.switches());
    }

    @Test
    @DisplayName("fails with the count and the whole timeline")
    void failsWithTimeline() {
      int switches = SEQUENTIAL.switches();
      assertThatThrownBy(() -> assertThat(SEQUENTIAL).switchedAtLeast(switches + 1))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected at least " + (switches + 1) + " switches between coroutines, but there were "
              + switches)
          .hasMessageContaining("+0.000 s  t1  START")
          .hasMessageContaining("+0.000 s  t2  END");
    }
  }

  @Nested
  @DisplayName("interleaves()")
  class Interleaves {

    @Test
    @DisplayName("passes when the two tasks took turns")
    void passes() {
      assertThat(INTERLEAVED).interleaves("t1", "t2").interleaves("t2", "t1");
    }

    @Test
    @DisplayName("fails for tasks that ran one after the other, quoting their running order and events only")
    void failsQuotingBothTasks() {
      assertThatThrownBy(() -> assertThat(SEQUENTIAL).interleaves("t1", "t2"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected t1 and t2 to interleave, but they ran as [t1, t2]")
          .hasMessageContaining("+0.000 s  t1  LOG  t1 done")
          .hasMessageContaining("+0.000 s  t2  START")
          // Only the two tasks' events are quoted, not main's.
          .hasMessageNotContaining("main");
    }

    @Test
    @DisplayName("fails for a task that does not exist, saying what did run")
    void failsForUnknownTask() {
      assertThatThrownBy(() -> assertThat(INTERLEAVED).interleaves("t1", "nobody"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected t1 and nobody to interleave, but they ran as [t1]");
    }
  }

  @Nested
  @DisplayName("ranSequentially()")
  class RanSequentially {

    @Test
    @DisplayName("passes when each task ended before the next started")
    void passes() {
      assertThat(SEQUENTIAL).ranSequentially("t1", "t2");
    }

    @Test
    @DisplayName("fails for interleaved tasks, saying which started before which ended and quoting their events")
    void failsForInterleaved() {
      assertThatThrownBy(() -> assertThat(INTERLEAVED).ranSequentially("t1", "t2"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected [t1, t2] to run one after the other, but t2 started before t1 ended")
          .hasMessageContaining("+0.000 s  t2  START")
          .hasMessageContaining("+2.000 s  t1  END")
          .hasMessageNotContaining("main");
    }

    @Test
    @DisplayName("fails for the reverse order too")
    void failsForReverseOrder() {
      assertThatThrownBy(() -> assertThat(SEQUENTIAL).ranSequentially("t2", "t1"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("but t1 started before t2 ended");
    }

    @Test
    @DisplayName("fails for a task that never ran, naming it")
    void failsForMissingTask() {
      assertThatThrownBy(() -> assertThat(SEQUENTIAL).ranSequentially("t1", "ghost"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("the timeline has no events of ghost");
    }
  }

  @Nested
  @DisplayName("happenedBefore()")
  class HappenedBefore {

    @Test
    @DisplayName("passes when the first line was logged before the second")
    void passes() {
      assertThat(INTERLEAVED).happenedBefore("t1: step 0", "t2: step 0").happenedBefore("t2: step 1", "t1 done");
    }

    @Test
    @DisplayName("fails for the reverse order, quoting the slice of the timeline between the two lines")
    void failsQuotingSlice() {
      assertThatThrownBy(() -> assertThat(INTERLEAVED).happenedBefore("t2: step 1", "t1: step 1"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected log line \"t2: step 1\" before \"t1: step 1\", but it came after it")
          .hasMessageContaining("+1.000 s  t1  LOG  t1: step 1")
          .hasMessageContaining("+1.000 s  t2  LOG  t2: step 1")
          // The slice starts at the later line and ends at the earlier one: nothing from t=0 or t=2.
          .hasMessageNotContaining("+0.000 s")
          .hasMessageNotContaining("+2.000 s");
    }

    @Test
    @DisplayName("fails for a line never logged, quoting the whole log")
    void failsForMissingLine() {
      assertThatThrownBy(() -> assertThat(INTERLEAVED).happenedBefore("t1: step 0", "t1: step 9"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("but \"t1: step 9\" was never logged")
          .hasMessageContaining("t1: step 0 at +0.000 s")
          .hasMessageContaining("t2 done at +2.000 s");
    }
  }

  @Test
  @DisplayName("every assertion fails clearly on a null timeline instead of throwing NullPointerException")
  void nullTimeline() {
    assertThatThrownBy(() -> assertThat((Timeline) null).allOnOneThread())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  @DisplayName("task names and log lines with % are quoted as they are, not read as format specifiers")
  void percentInNames() {
    Timeline timeline = record(loop -> {
      loop.gather(loop.spawn("100%", () -> loop.log("at 50%d")), loop.spawn("b", () -> loop.log("b")));
      return null;
    });
    assertThatThrownBy(() -> assertThat(timeline).interleaves("100%", "b"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected 100% and b to interleave")
        .hasMessageContaining("LOG  at 50%d");
  }
}
