package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.YieldlabAssertions;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The loop's scheduling rules on the VIRTUAL clock, where time only moves when nothing is ready: so
 * every order and every time below is exact, not approximate.
 */
@DisplayName("The event loop on the virtual clock")
class EventLoopSchedulingTest {

  private final EventLoop loop = new EventLoop(ClockKind.VIRTUAL);

  @Test
  @DisplayName("runs ready tasks in the order they became ready (FIFO)")
  void runsReadyTasksInFifoOrder() {
    List<String> order = new ArrayList<>();
    loop.run("main", () -> {
      List<Task<Void>> tasks = new ArrayList<>();
      for (String name : List.of("a", "b", "c")) {
        tasks.add(loop.spawn(name, () -> {
          order.add(name + "0");
          loop.yieldNow();
          order.add(name + "1");
        }));
      }
      loop.gather(tasks.toArray(Task<?>[]::new));
      return null;
    });
    // Each yield puts the task at the back of the queue, behind the ones that were already waiting.
    assertThat(order).containsExactly("a0", "b0", "c0", "a1", "b1", "c1");
  }

  @Test
  @DisplayName("wakes timers with equal deadlines in the order they were set")
  void equalDeadlinesKeepSubmissionOrder() {
    List<String> woke = new ArrayList<>();
    loop.run("main", () -> {
      // Spawned in reverse alphabetical order so that a name-ordered or hash-ordered heap would show.
      List<Task<Void>> tasks = new ArrayList<>();
      for (String name : List.of("z", "m", "a", "q")) {
        tasks.add(loop.spawn(name, () -> {
          loop.sleep(Duration.ofSeconds(1));
          woke.add(name);
        }));
      }
      loop.gather(tasks.toArray(Task<?>[]::new));
      return null;
    });
    assertThat(woke).containsExactly("z", "m", "a", "q");
  }

  @Test
  @DisplayName("wakes an earlier deadline first even when it was set later")
  void earlierDeadlineFirst() {
    List<String> woke = new ArrayList<>();
    loop.run("main", () -> {
      loop.gather(
          loop.spawn("slow", () -> { loop.sleep(Duration.ofSeconds(2)); woke.add("slow"); }),
          loop.spawn("fast", () -> { loop.sleep(Duration.ofSeconds(1)); woke.add("fast"); }));
      return null;
    });
    assertThat(woke).containsExactly("fast", "slow");
  }

  @Test
  @DisplayName("jumps virtual time to the next timer: three 1 s sleeps take exactly 3 s")
  void virtualTimeJumps() {
    long started = System.nanoTime();
    Duration elapsed = loop.run("main", () -> {
      for (int i = 0; i < 3; i++) {
        loop.sleep(Duration.ofSeconds(1));
      }
      return loop.elapsed();
    });
    assertThat(elapsed).isEqualTo(Duration.ofSeconds(3));
    assertThat(loop.elapsed()).isEqualTo(Duration.ofSeconds(3));
    // And it did not wait for them: far below the 3 s a real clock would take.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  @DisplayName("lets two sleeping tasks overlap: both 3 x 1 s tasks end at 3 s, not 6 s")
  void sleepingTasksOverlap() {
    loop.run("main", () -> {
      loop.gather(loop.spawn("t1", () -> sleepThrice()), loop.spawn("t2", () -> sleepThrice()));
      return null;
    });
    assertThat(loop.timeline().span()).isEqualTo(Duration.ofSeconds(3));
  }

  private void sleepThrice() {
    for (int i = 0; i < 3; i++) {
      loop.sleep(Duration.ofSeconds(1));
    }
  }

  @Test
  @DisplayName("on the REAL clock sleeps take wall time, and two sleeping tasks overlap instead of adding up")
  void realClockSleepsOverlap() {
    EventLoop real = new EventLoop(ClockKind.REAL);
    Duration elapsed = real.run("main", () -> {
      real.gather(real.spawn("t1", () -> sleepThrice(real, 50)), real.spawn("t2", () -> sleepThrice(real, 50)));
      return real.elapsed();
    });
    // At least the 150 ms each task sleeps: the clock parks until each deadline has passed, whatever
    // else the machine does. That they overlap is read in the order of events, not in wall time (a
    // busy machine's timer lag could take an upper bound in milliseconds past any margin): each task
    // went to sleep before the other woke.
    assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    YieldlabAssertions.assertThat(real.timeline()).interleaves("t1", "t2");
    assertThat(real.clock()).isEqualTo(ClockKind.REAL);
  }

  private static void sleepThrice(EventLoop on, long millis) {
    for (int i = 0; i < 3; i++) {
      on.sleep(Duration.ofMillis(millis));
    }
  }

  @Test
  @DisplayName("a zero sleep suspends and resumes at the same virtual time")
  void zeroSleep() {
    Duration at = loop.run("main", () -> {
      loop.sleep(Duration.ZERO);
      return loop.elapsed();
    });
    assertThat(at).isZero();
    assertThat(loop.timeline().events()).extracting(TimelineEvent::kind)
        .containsSubsequence(EventKind.SLEEP, EventKind.WAKE, EventKind.RESUME);
  }

  @Test
  @DisplayName("gather returns the values in argument order, not in completion order")
  void gatherReturnsValuesInArgumentOrder() {
    List<Object> values = loop.run("main", () -> loop.gather(
        loop.spawn("late", () -> { loop.sleep(Duration.ofSeconds(2)); return "late"; }),
        loop.spawn("early", () -> { loop.sleep(Duration.ofSeconds(1)); return "early"; }),
        loop.spawn("nothing", () -> { })));
    assertThat(values).containsExactly("late", "early", null);
  }

  @Test
  @DisplayName("join returns the joined task's value once it has ended")
  void joinReturnsValue() {
    int value = loop.run("main", () -> {
      Task<Integer> child = loop.spawn("child", () -> {
        loop.sleep(Duration.ofSeconds(1));
        return 42;
      });
      return child.join();
    });
    assertThat(value).isEqualTo(42);
  }

  @Test
  @DisplayName("run returns main's value and leaves no task running after it")
  void runReturnsMainValueAndCancelsLeftovers() {
    String value = loop.run("main", () -> {
      loop.spawn("forgotten", () -> loop.sleep(Duration.ofSeconds(10)));
      loop.yieldNow(); // let it start and go to sleep
      return "done";
    });
    assertThat(value).isEqualTo("done");
    // As asyncio.run does, what main left running is cancelled rather than awaited.
    assertThat(loop.timeline().task("forgotten").events()).extracting(TimelineEvent::kind).last()
        .isEqualTo(EventKind.CANCEL);
    assertThat(loop.elapsed()).isZero();
  }

  @Test
  @DisplayName("a loop runs once: a second run is refused with a clear error")
  void runsOnce() {
    loop.run("main", () -> null);
    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(() -> loop.run("again", () -> null))
        .withMessageContaining("already run");
  }

  @Test
  @DisplayName("records every event of the post's experiment 1 on the loop's thread, with its virtual time")
  void timelineOfInterleavedTasks() {
    loop.run("main", () -> {
      loop.gather(
          loop.spawn("yield_task1", () -> yieldTask("yield_task1")),
          loop.spawn("yield_task2", () -> yieldTask("yield_task2")));
      return null;
    });
    Timeline timeline = loop.timeline();
    // The caller's thread is the loop's thread: C1's evidence is that nobody else recorded anything.
    assertThat(timeline.threadIds()).containsExactly(Thread.currentThread().threadId());
    assertThat(timeline.tasks()).containsExactly("main", "yield_task1", "yield_task2");
    assertThat(timeline.logLines()).containsExactly(
        "yield_task1: step 0 at +0.000 s", "yield_task2: step 0 at +0.000 s",
        "yield_task1: step 1 at +1.000 s", "yield_task2: step 1 at +1.000 s",
        "yield_task1: step 2 at +2.000 s", "yield_task2: step 2 at +2.000 s",
        "yield_task1 done at +3.000 s", "yield_task2 done at +3.000 s");
    assertThat(timeline.task("yield_task1").events()).extracting(TimelineEvent::kind).startsWith(
        EventKind.SPAWN, EventKind.START, EventKind.LOG, EventKind.SLEEP, EventKind.WAKE, EventKind.RESUME)
        .endsWith(EventKind.LOG, EventKind.END);
    assertThat(timeline.task("main").events()).extracting(TimelineEvent::kind)
        .containsExactly(EventKind.SPAWN, EventKind.START, EventKind.WAIT, EventKind.RESUME, EventKind.END);
    assertThat(timeline.events()).extracting(TimelineEvent::sequence)
        .isEqualTo(java.util.stream.IntStream.range(0, timeline.events().size()).boxed().toList());
  }

  @Test
  @DisplayName("prints a log line in the post's format: message, then the clock offset in seconds")
  void postStyleLogLine() {
    loop.run("main", () -> {
      loop.sleep(Duration.ofMillis(1500));
      loop.log("yield_task1: step 0");
      return null;
    });
    assertThat(loop.timeline().postStyleLog()).isEqualTo("yield_task1: step 0 at +1.500 s");
  }

  private void yieldTask(String name) {
    for (int i = 0; i < 3; i++) {
      loop.log(name + ": step " + i);
      loop.sleep(Duration.ofSeconds(1));
    }
    loop.log(name + " done");
  }
}
