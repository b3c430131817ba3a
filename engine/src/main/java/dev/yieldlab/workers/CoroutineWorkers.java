package dev.yieldlab.workers;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.workers.CpuBody;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.WorkerSpan;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.api.workers.WorkersResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * N coroutines on the caller's loop that never yield: the post's CPU-bound {@code async def}. The
 * loop's one thread runs them one after the other, which is what this kind demonstrates.
 */
final class CoroutineWorkers {

  private CoroutineWorkers() {}

  static WorkersResult run(Workers plan, Loop loop) {
    List<Task<WorkerSpan>> tasks = new ArrayList<>();
    long startNanos = System.nanoTime();
    for (int i = 1; i <= plan.workerCount(); i++) {
      String name = "coroutine-" + i;
      CpuBody body = WorkerRuntime.newBody(plan);
      tasks.add(loop.spawn(name, () -> MeasuredCompute.run(name, body, plan.iterationsPerWorker())));
    }
    List<Object> values = loop.gather(tasks.toArray(Task<?>[]::new));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    List<WorkerSpan> spans = values.stream().map(WorkerSpan.class::cast).toList();
    return new WorkersResult(WorkerKind.COROUTINES, plan.workerCount(), false, elapsed, spans, List.of(), Double.NaN);
  }
}
