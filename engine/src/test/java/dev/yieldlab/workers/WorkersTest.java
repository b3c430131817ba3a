package dev.yieldlab.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.WorkerSpan;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.api.workers.WorkersResult;
import dev.yieldlab.loop.EventLoop;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of worker computes the body and reports where in wall time it did. */
class WorkersTest {

  /** Enough work (~0.1 s each) that two workers that may overlap visibly do. */
  private static final long OVERLAP_ITERATIONS = 300_000_000L;

  @ParameterizedTest
  @EnumSource(WorkerKind.class)
  void everyWorkerReportsItsSpanCpuTimeAndTheSumItComputed(WorkerKind kind) {
    long n = 10_000_000L;
    WorkersResult result = runOnLoop(Workers.of(kind).count(2).iterations(n));

    assertThat(result.spans()).hasSize(2);
    assertThat(result.spans()).extracting(WorkerSpan::worker).doesNotHaveDuplicates();
    assertThat(result.spans()).allSatisfy(span -> {
      assertThat(span.result()).as("sum of 0..n-1").isEqualTo(n * (n - 1) / 2);
      assertThat(span.cpuNanos()).isPositive();
      assertThat(span.endEpochNanos()).isGreaterThan(span.startEpochNanos());
    });
    assertThat(result.elapsed()).isPositive();
  }

  @Test
  void coroutineWorkersThatNeverYieldRunOneAfterTheOther() {
    WorkersResult result = runOnLoop(Workers.of(WorkerKind.COROUTINES).count(2).iterations(OVERLAP_ITERATIONS / 3));

    assertThat(result.maxConcurrentSpans()).as(result.describe()).isEqualTo(1);
    assertThat(result.commonOverlapFraction()).isZero();
  }

  @Test
  void javaThreadsComputeAtTheSameTime() {
    WorkersResult result = runOnLoop(Workers.of(WorkerKind.THREADS).count(2).iterations(OVERLAP_ITERATIONS));

    assertThat(result.maxConcurrentSpans()).as(result.describe()).isEqualTo(2);
    assertThat(result.gilHolds()).isEmpty();
  }

  @Test
  void theEmulatedGilLetsAtMostOneWorkerComputeAtAnyTime() {
    WorkersResult result = runOnLoop(Workers.of(WorkerKind.GIL_THREADS).count(3).iterations(OVERLAP_ITERATIONS / 3)
        .switchInterval(Duration.ofMillis(1)));

    assertThat(result.maxConcurrentGilHolders()).as("workers holding the GIL at one instant").isEqualTo(1);
    // Taking turns, not one after the other: the GIL changed hands, and the workers' lives overlap.
    assertThat(result.gilHolds()).hasSizeGreaterThan(3);
    assertThat(result.maxConcurrentSpans()).as(result.describe()).isGreaterThan(1);
  }

  @Test
  void aLoneGilWorkerKeepsTheGilForItsWholeRun() {
    WorkersResult result = runOnLoop(Workers.of(WorkerKind.GIL_THREADS).count(1).iterations(OVERLAP_ITERATIONS / 3)
        .switchInterval(Duration.ofMillis(1)));

    assertThat(result.gilHolds()).as("with nobody waiting there is nobody to hand over to").hasSize(1);
  }

  @Test
  void pinnedThreadsRunInsideAChildJvmAndStillReportEveryWorker() {
    assumeThat(CpuPinning.unavailableReason()).as("CPU pinning").isEmpty();

    WorkersResult result = runOnLoop(Workers.of(WorkerKind.GIL_THREADS).count(2).iterations(10_000_000L)
        .pinnedToOneCpu());

    assertThat(result.pinnedToOneCpu()).isTrue();
    assertThat(result.spans()).extracting(WorkerSpan::worker).containsExactly("gil-thread-1", "gil-thread-2");
    assertThat(result.gilHolds()).isNotEmpty();
    assertThat(result.maxConcurrentGilHolders()).isEqualTo(1);
  }

  @Test
  void twoPinnedProcessesGetAboutHalfACpuEach() {
    assumeThat(CpuPinning.unavailableReason()).as("CPU pinning").isEmpty();

    WorkersResult two = runOnLoop(Workers.of(WorkerKind.PROCESSES).count(2).iterations(OVERLAP_ITERATIONS * 2)
        .pinnedToOneCpu());

    // Other processes on CPU 0 would lower the shares by themselves: only a quiet machine can tell.
    assumeThat(two.foreignCpus()).as("CPUs other processes kept busy meanwhile").isLessThan(0.5);
    assertThat(two.minCpuShare()).as(two.describe()).isLessThan(0.75);
    assertThat(two.maxConcurrentSpans()).isEqualTo(2);
  }

  private static WorkersResult runOnLoop(Workers workers) {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    return loop.run("test", () -> workers.run(loop));
  }
}
