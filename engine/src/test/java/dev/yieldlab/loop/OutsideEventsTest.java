package dev.yieldlab.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.OutsideEvent;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Events of workers outside the loop, recorded after the fact, take their place in the timeline by
 * time, as lanes of their own that leave the loop's own evidence (its thread, its tasks) untouched.
 * On the VIRTUAL clock, so that the loop's events sit at exact times; the outside events are placed
 * by real time ago, which the tolerances allow for.
 */
@DisplayName("Events outside the loop")
class OutsideEventsTest {

  private static final long TOLERANCE_NANOS = Duration.ofMillis(200).toNanos();

  private final EventLoop loop = new EventLoop(ClockKind.VIRTUAL);

  @Test
  @DisplayName("are placed by how long ago they happened, between the loop's own events, and renumbered")
  void takeTheirPlaceInTime() {
    Timeline timeline = run(() -> {
      loop.log("before");
      loop.sleep(Duration.ofSeconds(10));
      loop.log("after");
      Instant now = Instant.now();
      loop.recordOutside(List.of(
          new OutsideEvent(EventKind.WORKER_RUN, "thread-1", now.minusSeconds(6), "starts"),
          new OutsideEvent(EventKind.WORKER_END, "thread-1", now.minusSeconds(4), "done")));
    });

    assertThat(timeline.events()).extracting(TimelineEvent::sequence)
        .containsExactlyElementsOf(IntStream.range(0, timeline.events().size()).boxed().toList());
    assertThat(timeline.events()).extracting(TimelineEvent::nanos).isSorted();
    TimelineEvent start = timeline.task("thread-1").events().getFirst();
    TimelineEvent end = timeline.task("thread-1").events().getLast();
    assertThat(start.nanos()).isCloseTo(Duration.ofSeconds(4).toNanos(), within(TOLERANCE_NANOS));
    assertThat(end.nanos()).isCloseTo(Duration.ofSeconds(6).toNanos(), within(TOLERANCE_NANOS));
    // Between the main task's SLEEP at 0 s and its WAKE at 10 s.
    assertThat(start.sequence()).isGreaterThan(timeline.indexOfLog("before"))
        .isLessThan(timeline.indexOfLog("after"));
    assertThat(start.threadId()).as("no thread of the loop recorded it").isZero();
  }

  @Test
  @DisplayName("are lanes, not tasks, and leave the loop's one thread its only thread")
  void areLanesNotTasks() {
    Timeline timeline = run(() -> {
      Instant now = Instant.now();
      loop.recordOutside(List.of(
          new OutsideEvent(EventKind.WORKER_RUN, "process-1", now, ""),
          new OutsideEvent(EventKind.WORKER_END, "process-1", now, "")));
    });

    assertThat(timeline.tasks()).containsExactly("main");
    assertThat(timeline.lanes()).containsExactly("process-1");
    assertThat(timeline.threadIds()).containsExactly(loopThreadId(timeline));
    assertThat(timeline.switches()).isZero();
  }

  @Test
  @DisplayName("tell how many workers computed at once: overlapping, taking turns, or back to back")
  void countWorkersComputingAtOnce() {
    Instant t = Instant.now().minusSeconds(5);
    assertThat(lanesAtOnce(List.of(
        new OutsideEvent(EventKind.WORKER_RUN, "a", t, ""),
        new OutsideEvent(EventKind.WORKER_RUN, "b", t.plusMillis(100), ""),
        new OutsideEvent(EventKind.WORKER_END, "a", t.plusMillis(900), ""),
        new OutsideEvent(EventKind.WORKER_END, "b", t.plusMillis(1000), ""))))
        .as("overlapping").isEqualTo(2);
    assertThat(lanesAtOnce(List.of(
        new OutsideEvent(EventKind.WORKER_RUN, "a", t, ""),
        new OutsideEvent(EventKind.WORKER_PAUSE, "b", t, ""),
        new OutsideEvent(EventKind.WORKER_PAUSE, "a", t.plusMillis(5), ""),
        new OutsideEvent(EventKind.WORKER_RUN, "b", t.plusMillis(5), ""),
        new OutsideEvent(EventKind.WORKER_PAUSE, "b", t.plusMillis(10), ""),
        new OutsideEvent(EventKind.WORKER_RUN, "a", t.plusMillis(10), ""),
        new OutsideEvent(EventKind.WORKER_END, "a", t.plusMillis(15), ""),
        new OutsideEvent(EventKind.WORKER_END, "b", t.plusMillis(15), ""))))
        .as("taking turns, handing over at the same instant").isEqualTo(1);
    assertThat(lanesAtOnce(List.of(
        new OutsideEvent(EventKind.WORKER_RUN, "a", t, ""),
        new OutsideEvent(EventKind.WORKER_END, "a", t.plusMillis(100), ""),
        new OutsideEvent(EventKind.WORKER_RUN, "b", t.plusMillis(100), ""),
        new OutsideEvent(EventKind.WORKER_END, "b", t.plusMillis(200), ""))))
        .as("back to back").isEqualTo(1);
  }

  @Test
  @DisplayName("are never placed before the loop started, nor after now")
  void areClampedToTheLoopsLifetime() {
    Timeline timeline = run(() -> {
      loop.sleep(Duration.ofSeconds(1));
      Instant now = Instant.now();
      loop.recordOutside(List.of(
          new OutsideEvent(EventKind.WORKER_RUN, "old", Instant.EPOCH, ""),
          new OutsideEvent(EventKind.WORKER_END, "old", now.plus(Duration.ofDays(365_000)), "")));
    });

    assertThat(timeline.task("old").events()).extracting(TimelineEvent::nanos)
        .containsExactly(0L, Duration.ofSeconds(1).toNanos());
  }

  @Test
  @DisplayName("are only the WORKER_ kinds: the loop records its coroutines' events itself")
  void onlyWorkerKinds() {
    assertThatThrownBy(() -> new OutsideEvent(EventKind.START, "thread-1", Instant.now(), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one of the WORKER_ kinds (WORKER_RUN, WORKER_LOG, ...), not START");
    assertThatThrownBy(() -> new OutsideEvent(EventKind.WORKER_RUN, " ", Instant.now(), ""))
        .hasMessageContaining("needs a lane");
  }

  @Test
  @DisplayName("must be recorded from a coroutine of the loop, like every other loop call")
  void onlyFromACoroutine() {
    assertThatThrownBy(() -> loop.recordOutside(List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("loop.recordOutside() must be called from a coroutine");
  }

  private int lanesAtOnce(List<OutsideEvent> events) {
    EventLoop fresh = new EventLoop(ClockKind.VIRTUAL);
    fresh.run("main", () -> {
      fresh.sleep(Duration.ofSeconds(60));
      fresh.recordOutside(events);
      return null;
    });
    return fresh.timeline().maxLanesComputingAtOnce();
  }

  private Timeline run(Body body) {
    loop.run("main", () -> {
      body.run();
      return null;
    });
    return loop.timeline();
  }

  private static long loopThreadId(Timeline timeline) {
    return timeline.task("main").events().getFirst().threadId();
  }

  /** A main body that returns nothing and throws nothing checked. */
  @FunctionalInterface
  private interface Body {
    void run();
  }
}
