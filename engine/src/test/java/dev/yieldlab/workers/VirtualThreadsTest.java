package dev.yieldlab.workers;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.strand.StrandProgram;
import dev.yieldlab.api.timeline.SpanKind;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.workers.StrandRun;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.api.workers.WorkersResult;
import dev.yieldlab.loop.EventLoop;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Strand programs as virtual threads of a child JVM: their lanes, carriers and failures, for real. */
class VirtualThreadsTest {

  private static final List<String> STEPS = List.of("stepper1: step 0", "stepper2: step 0", "stepper1: step 1",
      "stepper2: step 1", "stepper1: step 2", "stepper2: step 2", "stepper1 done", "stepper2 done");

  @Test
  void twoSleepingVirtualThreadsInterleaveOnOneCarrierAsCoroutinesDo() {
    StrandProgram program = StrandProgram.of(TwoSteppers.class);
    AtomicReference<StrandRun> virtual = new AtomicReference<>();
    Timeline lanes = timeline(loop -> virtual.set(Workers.of(WorkerKind.VIRTUAL_THREADS).carriers(1).run(loop, program)));
    Timeline coroutines = timeline(loop -> Workers.of(WorkerKind.COROUTINES).run(loop, program));

    assertThat(lanes).interleaves("stepper1", "stepper2").happenedBefore("stepper1: step 0", "stepper2: step 0")
        .logs().containsExactlyElementsOf(STEPS);
    assertThat(coroutines).interleaves("stepper1", "stepper2").logs().containsExactlyElementsOf(STEPS);
    assertThat(virtual.get().carriers()).as("the scheduler's parallelism, read in the child").isEqualTo(1);
    assertThat(lanes.carriers().get("stepper1")).as(lanes.describe()).containsExactly("ForkJoinPool-1-worker-1");
    assertThat(lanes.task("stepper1").spans()).extracting(span -> span.kind()).contains(SpanKind.RUNNING, SpanKind.SLEEPING);
    assertThat(lanes.task("stepper1").wakeUps()).hasSize(3).allSatisfy(w -> assertThat(w.lag()).isLessThan(Duration.ofMillis(200)));
    assertThat(lanes.tasks()).as("the loop's own coroutines").doesNotContain("stepper1");
  }

  @Test
  void aStrandThatThrowsFailsTheRunWithTheChildsExitCodeAndStackTrace() {
    assertThatThrownBy(() -> timeline(loop -> Workers.of(WorkerKind.VIRTUAL_THREADS).carriers(1)
        .run(loop, StrandProgram.of(FailingStrand.class))))
        .isInstanceOf(WorkerFailedException.class)
        .hasMessageContaining("exited with code 1")
        .hasMessageContaining("the strand broke on purpose");
  }

  @Test
  void aChildThatCrashesIsReportedWithItsExitCodeAndLastStderrLines() {
    assertThatThrownBy(() -> timeline(loop -> Workers.of(WorkerKind.VIRTUAL_THREADS).carriers(1)
        .run(loop, StrandProgram.of(FailingStrand.class).with("exit", 3))))
        .isInstanceOf(WorkerFailedException.class)
        .hasMessageContaining("exited with code 3")
        .hasMessageContaining("halting with 3")
        .satisfies(e -> assertThat(((WorkerFailedException) e).exitCode()).hasValue(3));
  }

  @Test
  void aChildThatHangsIsKilledAtItsTimeoutAndLeavesNoProcess() {
    String label = "hang-" + ProcessHandle.current().pid();
    assertThatThrownBy(() -> timeline(loop -> Workers.of(WorkerKind.VIRTUAL_THREADS).carriers(1).label(label)
        .timeout(Duration.ofSeconds(3)).run(loop, StrandProgram.of(HangingStrand.class))))
        .isInstanceOf(WorkerTimeoutException.class)
        .hasMessageContaining("did not finish within PT3S and were killed");
    assertThat(ProcessTable.withWordOnCommandLine(label)).as("children left after the timeout").isEmpty();
  }

  @Test
  void cpuBoundVirtualThreadsOnAsManyCarriersComputeAtOnceAndOnOneCarrierOneAfterTheOther() {
    AtomicReference<WorkersResult> parallel = new AtomicReference<>();
    Timeline lanes = timeline(loop -> parallel.set(Workers.of(WorkerKind.VIRTUAL_THREADS).count(2).carriers(2)
        .iterations(200_000_000L).run(loop)));
    AtomicReference<WorkersResult> oneCarrier = new AtomicReference<>();
    timeline(loop -> oneCarrier.set(Workers.of(WorkerKind.VIRTUAL_THREADS).count(2).carriers(1)
        .iterations(200_000_000L).run(loop)));

    assertThat(parallel.get().maxConcurrentSpans()).as(parallel.get().describe()).isEqualTo(2);
    assertThat(lanes.carriers().values().stream().flatMap(List::stream).distinct()).as(lanes.describe()).hasSize(2);
    assertThat(oneCarrier.get().maxConcurrentSpans()).as(oneCarrier.get().describe()).isEqualTo(1);
  }

  private static Timeline timeline(java.util.function.Consumer<EventLoop> body) {
    EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofMinutes(1));
    loop.run("main", () -> {
      body.accept(loop);
      return null;
    });
    return loop.timeline();
  }
}
