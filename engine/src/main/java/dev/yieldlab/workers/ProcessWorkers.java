package dev.yieldlab.workers;

import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.WorkerSpan;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.api.workers.WorkersResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * N child JVMs, one per worker, like {@code multiprocessing.Process}. Elapsed runs from the first
 * launch to the last exit, JVM start-up included, as the post's {@code time.time() - start} does
 * around {@code start()}/{@code join()}.
 */
final class ProcessWorkers {

  private ProcessWorkers() {}

  static WorkersResult run(Workers plan) {
    List<ChildProcess> children = new ArrayList<>();
    try {
      long startNanos = System.nanoTime();
      for (int i = 1; i <= plan.workerCount(); i++) {
        String name = "process-" + i;
        children.add(ChildProcess.start(name, ChildCommand.of(plan, plan.isPinnedToOneCpu(), List.of(
            WorkerMain.WORKER, plan.bodyClass().getName(), Long.toString(plan.iterationsPerWorker()), name))));
      }
      long lastExit = ChildProcess.awaitAll(children, plan.timeoutValue());
      Duration elapsed = Duration.ofNanos(lastExit - startNanos);
      List<WorkerSpan> spans = new ArrayList<>();
      for (ChildProcess child : children) {
        List<WorkerSpan> reported = ChildProtocol.spans(child.stdoutLines());
        if (reported.isEmpty()) {
          throw child.withoutReport("one '" + ChildProtocol.SPAN + "' line");
        }
        if (reported.size() != 1) {
          throw new WorkerFailedException("worker process '" + child.name() + "' exited with 0 but reported "
              + reported.size() + " spans instead of 1; stdout: " + child.stdoutLines(), null);
        }
        spans.add(reported.getFirst());
      }
      return new WorkersResult(WorkerKind.PROCESSES, plan.workerCount(), plan.isPinnedToOneCpu(), elapsed, spans,
          List.of(), Double.NaN);
    } finally {
      // Whatever happened (timeout, one failed, interrupted), no child outlives the run.
      children.forEach(ChildProcess::kill);
    }
  }
}
