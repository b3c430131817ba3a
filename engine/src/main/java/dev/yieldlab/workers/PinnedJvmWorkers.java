package dev.yieldlab.workers;

import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.api.workers.WorkersResult;
import java.time.Duration;
import java.util.List;

/**
 * Threads, GIL threads or coroutines pinned to CPU 0: {@code taskset} pins a process, not a Java
 * thread, so the whole run moves into one child JVM started under {@code taskset -c 0}. The elapsed
 * time is the child's own measurement around its workers, without its JVM start-up, so it compares
 * with the same kind unpinned.
 */
final class PinnedJvmWorkers {

  private PinnedJvmWorkers() {}

  static WorkersResult run(Workers plan) {
    String name = "pinned-" + plan.kind().name().toLowerCase(java.util.Locale.ROOT);
    ChildProcess child = ChildProcess.start(name, ChildCommand.of(plan, true, List.of(
        WorkerMain.PLAN, plan.kind().name(), Integer.toString(plan.workerCount()), plan.bodyClass().getName(),
        Long.toString(plan.iterationsPerWorker()), Long.toString(plan.switchIntervalValue().toNanos()),
        Long.toString(plan.timeoutValue().toNanos()))));
    try {
      ChildProcess.awaitAll(List.of(child), plan.timeoutValue());
      List<String> lines = child.stdoutLines();
      long elapsed = ChildProtocol.elapsedNanos(lines).orElseThrow(
          () -> child.withoutReport("an '" + ChildProtocol.ELAPSED + "' line"));
      return new WorkersResult(plan.kind(), plan.workerCount(), true, Duration.ofNanos(elapsed),
          ChildProtocol.spans(lines), ChildProtocol.gilHolds(lines), Double.NaN);
    } finally {
      child.kill();
    }
  }
}
