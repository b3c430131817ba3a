package dev.yieldlab.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.WorkerSpan;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.api.workers.WorkersResult;
import dev.yieldlab.loop.EventLoop;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Workers outside the loop draw their lanes into the run's timeline: how they shared the machine is
 * in the same evidence the reports draw, not only in the workers' result.
 */
@DisplayName("Workers in the run's timeline")
class WorkerTimelineTest {

  /** ~0.1 s of the summing loop per worker: long enough that two threads visibly overlap. */
  private static final long ITERATIONS = 300_000_000L;

  @Test
  @DisplayName("Java threads get a lane each, computing at the same time")
  void threadsComputeSideBySide() {
    Recorded run = runOnLoop(Workers.of(WorkerKind.THREADS).count(2).iterations(ITERATIONS));

    assertThat(run.timeline().lanes()).containsExactlyInAnyOrder("thread-1", "thread-2");
    assertThat(run.timeline().maxLanesComputingAtOnce()).as(run.timeline().describe()).isEqualTo(2);
    for (WorkerSpan span : run.result().spans()) {
      assertThat(run.timeline().task(span.worker()).events()).extracting(TimelineEvent::kind)
          .containsExactly(EventKind.WORKER_RUN, EventKind.WORKER_END);
      TimelineEvent start = run.timeline().task(span.worker()).events().getFirst();
      TimelineEvent end = run.timeline().task(span.worker()).events().getLast();
      // The lane is as long as the span the worker measured (both from the same wall clock).
      assertThat(end.nanos() - start.nanos()).isCloseTo(span.wall().toNanos(),
          within(Duration.ofMillis(1).toNanos()));
      assertThat(end.detail()).startsWith("done: cpu ");
    }
    assertThat(run.timeline().threadIds()).as("the loop's own events stay on its one thread").hasSize(1);
  }

  @Test
  @DisplayName("GIL threads take turns in the timeline: one computes, the others wait for the GIL")
  void gilThreadsTakeTurns() {
    Recorded run = runOnLoop(Workers.of(WorkerKind.GIL_THREADS).count(2).iterations(ITERATIONS / 2)
        .switchInterval(Duration.ofMillis(1)));

    assertThat(run.timeline().lanes()).containsExactlyInAnyOrder("gil-thread-1", "gil-thread-2");
    assertThat(run.timeline().maxLanesComputingAtOnce()).as(run.timeline().describe()).isEqualTo(1);
    long turns = run.timeline().events().stream().filter(e -> e.kind() == EventKind.WORKER_RUN).count();
    assertThat(turns).as("one WORKER_RUN per stretch holding the GIL").isEqualTo(run.result().gilHolds().size())
        .isGreaterThan(2);
    assertThat(run.timeline().task("gil-thread-1").events().getFirst())
        .as("a GIL worker starts by waiting for the lock")
        .extracting(TimelineEvent::kind).isEqualTo(EventKind.WORKER_PAUSE);
  }

  @Test
  @DisplayName("coroutines are the loop's own tasks: no lanes beside them")
  void coroutinesAddNoLanes() {
    Recorded run = runOnLoop(Workers.of(WorkerKind.COROUTINES).count(2).iterations(1_000_000L));

    assertThat(run.timeline().lanes()).isEmpty();
    assertThat(run.timeline().tasks()).contains("coroutine-1", "coroutine-2");
  }

  @Test
  @DisplayName("a child process's lane sits where the parent saw it run")
  void processLaneFallsWithinTheRun() {
    Recorded run = runOnLoop(Workers.of(WorkerKind.PROCESSES).count(1).iterations(10_000_000L));

    TimelineEvent start = run.timeline().task("process-1").events().getFirst();
    TimelineEvent end = run.timeline().task("process-1").events().getLast();
    assertThat(start.nanos()).isPositive().isLessThan(end.nanos());
    assertThat(end.nanos()).isLessThanOrEqualTo(run.timeline().span().toNanos());
    assertThat(start.detail()).contains("a child process");
  }

  private record Recorded(WorkersResult result, Timeline timeline) {}

  private static Recorded runOnLoop(Workers workers) {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    WorkersResult result = loop.run("test", () -> workers.run(loop));
    return new Recorded(result, loop.timeline());
  }
}
