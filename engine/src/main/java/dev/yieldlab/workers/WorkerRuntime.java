package dev.yieldlab.workers;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.strand.StrandProgram;
import dev.yieldlab.api.workers.PythonRun;
import dev.yieldlab.api.workers.PythonScript;
import dev.yieldlab.api.workers.StrandRun;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.api.workers.WorkersResult;
import dev.yieldlab.api.workers.WorkersRuntime;
import dev.yieldlab.kernel.MachineLoad;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The engine's {@link WorkersRuntime}: runs what {@link Workers} and {@link PythonScript} describe,
 * each kind by the class that knows it, and puts what ran beside the loop into its timeline.
 * Registered in {@code META-INF/services}.
 */
public final class WorkerRuntime implements WorkersRuntime {

  @Override
  public WorkersResult run(Workers workers, Loop loop) {
    MachineLoad.Reading before = MachineLoad.read();
    WorkersResult result = runWorkers(workers, loop).withForeignCpus(MachineLoad.foreignCpus(before, MachineLoad.read()));
    // Coroutines on this loop are in its timeline already; every other worker ran beside it.
    // Virtual threads put their own lanes in, with their carriers.
    WorkerKind kind = workers.kind();
    boolean besideTheLoop = (kind != WorkerKind.COROUTINES || workers.isPinnedToOneCpu()) && kind != WorkerKind.VIRTUAL_THREADS;
    if (loop != null && besideTheLoop) {
      loop.recordOutside(WorkerTimeline.of(result));
    }
    return result;
  }

  private static WorkersResult runWorkers(Workers workers, Loop loop) {
    WorkerKind kind = workers.kind();
    if (kind == WorkerKind.VIRTUAL_THREADS) {
      if (workers.isPinnedToOneCpu()) {
        CpuPinning.requireAvailable();
      }
      return VirtualThreadWorkers.run(workers, loop);
    }
    if (workers.isPinnedToOneCpu()) {
      CpuPinning.requireAvailable();
      return kind == WorkerKind.PROCESSES ? ProcessWorkers.run(workers) : PinnedJvmWorkers.run(workers);
    }
    return switch (kind) {
      case COROUTINES -> CoroutineWorkers.run(workers, Objects.requireNonNull(loop, "coroutine workers need a loop"));
      case PROCESSES -> ProcessWorkers.run(workers);
      case THREADS -> ThreadWorkers.run(workers, null);
      case GIL_THREADS -> ThreadWorkers.run(workers, new EmulatedGil(workers.switchIntervalValue()));
      case VIRTUAL_THREADS -> throw new IllegalStateException("handled above");
    };
  }

  @Override
  public StrandRun run(Workers workers, Loop loop, StrandProgram program) {
    return switch (workers.kind()) {
      case COROUTINES -> StrandsOnLoop.run(Objects.requireNonNull(loop, "coroutines need a loop"), program);
      case VIRTUAL_THREADS -> VirtualThreadRunner.run(workers, loop, program);
      default -> throw new IllegalArgumentException("a strand program runs as COROUTINES or VIRTUAL_THREADS, not as "
          + workers.kind() + ": its strands sleep and yield, which the other kinds do not schedule");
    };
  }

  @Override
  public PythonRun run(PythonScript script, Loop loop) {
    return PythonRunner.run(script, loop);
  }

  @Override
  public Path requirePython() {
    return PythonRunner.requirePython();
  }

  /** A new instance of the body {@code workers} run in each worker. */
  static dev.yieldlab.api.workers.CpuBody newBody(Workers workers) {
    return Bodies.instantiate(workers.bodyClass().getName());
  }
}
