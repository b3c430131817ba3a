package dev.yieldlab.workers;

import dev.yieldlab.api.workers.CpuBody;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.WorkerSpan;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.api.workers.WorkersResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** N Java platform threads, each running the body, with or without an emulated GIL. */
final class ThreadWorkers {

  private ThreadWorkers() {}

  /** {@code gil} null: plain Java threads; otherwise every worker computes only while holding it. */
  static WorkersResult run(Workers plan, EmulatedGil gil) {
    WorkerKind kind = gil == null ? WorkerKind.THREADS : WorkerKind.GIL_THREADS;
    String prefix = gil == null ? "thread-" : "gil-thread-";
    List<CompletableFuture<WorkerSpan>> spans = new ArrayList<>();
    long startNanos = System.nanoTime();
    for (int i = 1; i <= plan.workerCount(); i++) {
      String name = prefix + i;
      CpuBody body = WorkerRuntime.newBody(plan);
      CompletableFuture<WorkerSpan> span = new CompletableFuture<>();
      spans.add(span);
      // Daemon: a worker past its timeout cannot be stopped (it never checks for interruption), and
      // must not keep the JVM alive after the run has been failed.
      Thread.ofPlatform().name(name).daemon(true).start(() -> {
        try {
          span.complete(gil == null
              ? MeasuredCompute.run(name, body, plan.iterationsPerWorker())
              : MeasuredCompute.runUnderGil(name, body, plan.iterationsPerWorker(), gil));
        } catch (Throwable failure) {
          span.completeExceptionally(failure);
        }
      });
    }
    awaitAll(spans, plan.timeoutValue(), kind);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    return new WorkersResult(kind, plan.workerCount(), false, elapsed, spans.stream().map(CompletableFuture::join).toList(),
        gil == null ? List.of() : gil.holds(), Double.NaN);
  }

  private static void awaitAll(List<CompletableFuture<WorkerSpan>> spans, Duration timeout, WorkerKind kind) {
    try {
      CompletableFuture.allOf(spans.toArray(CompletableFuture[]::new)).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException failed) {
      throw new WorkerFailedException("a " + kind + " worker failed: " + failed.getCause(), failed.getCause());
    } catch (TimeoutException late) {
      throw new WorkerTimeoutException(kind + " workers did not finish within " + timeout
          + "; their threads are left running as daemons (Java cannot stop a computing thread)");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new WorkerFailedException("interrupted while waiting for " + kind + " workers", interrupted);
    }
  }
}
