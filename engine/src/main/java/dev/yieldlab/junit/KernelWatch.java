package dev.yieldlab.junit;

import dev.yieldlab.api.kernel.Figure;
import dev.yieldlab.api.kernel.KernelCounters;
import dev.yieldlab.api.kernel.KernelView;
import dev.yieldlab.api.kernel.RunKernel;
import dev.yieldlab.kernel.ProcFs;
import dev.yieldlab.kernel.ThreadCounters;
import java.time.Duration;

/**
 * The loop thread's kernel counters over one run: read on the loop thread when the run starts and
 * when it ends, from files the loop thread keeps open, and nothing on the switch path.
 */
final class KernelWatch {

  private final KernelCounters atStart;
  private final Figure<Integer> threadsAtStart;
  private final long startNanos;

  private KernelWatch(ThreadCounters counters, KernelCounters atStart, Figure<Integer> threadsAtStart,
      long startNanos) {
    this.counters = counters;
    this.atStart = atStart;
    this.threadsAtStart = threadsAtStart;
    this.startNanos = startNanos;
  }

  private final ThreadCounters counters;

  /** Call on the loop thread, before the run, with that thread's counters ({@link LoopThreads#counters}). */
  static KernelWatch start(ThreadCounters counters) {
    Figure<Integer> threads = ProcFs.SYSTEM.processThreads();
    return new KernelWatch(counters, counters.read(), threads, System.nanoTime());
  }

  /**
   * Call on the same thread, after the run: what the kernel counted in between, over the wall time,
   * beside the {@code loopIdleWaits} the loop counted itself.
   */
  RunKernel stop(long loopIdleWaits) {
    KernelCounters atEnd = counters.read();
    Duration wall = Duration.ofNanos(System.nanoTime() - startNanos);
    return new RunKernel(new KernelView("the loop thread", atEnd.since(atStart), wall), threadsAtStart,
        ProcFs.SYSTEM.processThreads(), loopIdleWaits);
  }
}
