package dev.yieldlab.workers;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.WorkerSpan;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.api.workers.WorkersResult;
import java.time.Duration;
import java.util.List;

/**
 * N CPU-bound workers, each a virtual thread of one child JVM whose scheduler has the plan's
 * carriers: with as many carriers as workers the JDK mounts them all at once (parallel, like
 * threads); with one, one after the other (no time slice, like coroutines). The elapsed time is the
 * child's own, without its JVM start-up; the lanes name each worker's carrier.
 */
final class VirtualThreadWorkers {

  private VirtualThreadWorkers() {}

  static WorkersResult run(Workers plan, Loop loop) {
    ChildProcess child = ChildProcess.start("virtual-workers", ChildCommand.of(plan, plan.isPinnedToOneCpu(), List.of(
        WorkerMain.VIRTUAL_WORKERS, Integer.toString(plan.workerCount()), plan.bodyClass().getName(),
        Long.toString(plan.iterationsPerWorker()))));
    try {
      ChildProcess.awaitAll(List.of(child), plan.timeoutValue());
      List<String> lines = child.stdoutLines();
      long elapsed = ChildProtocol.elapsedNanos(lines).orElseThrow(
          () -> child.withoutReport("an '" + ChildProtocol.ELAPSED + "' line"));
      List<WorkerSpan> spans = ChildProtocol.spans(lines);
      if (spans.size() != plan.workerCount()) {
        throw new WorkerFailedException("virtual-thread workers reported " + spans.size() + " spans instead of "
            + plan.workerCount() + "; stdout: " + lines, null);
      }
      if (loop != null) {
        loop.recordOutside(VirtualThreadLanes.of(VirtualThreadProtocol.events(lines)));
      }
      return new WorkersResult(WorkerKind.VIRTUAL_THREADS, plan.workerCount(), plan.isPinnedToOneCpu(),
          Duration.ofNanos(elapsed), spans, List.of(), Double.NaN);
    } finally {
      child.kill();
    }
  }
}
