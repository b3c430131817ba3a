package dev.yieldlab.junit;

import dev.yieldlab.api.kernel.Figure;
import dev.yieldlab.api.kernel.KernelCounters;
import dev.yieldlab.api.kernel.KernelView;
import dev.yieldlab.api.kernel.RunKernel;
import dev.yieldlab.kernel.ProcFs;
import java.time.Duration;

/**
 * The loop thread's kernel counters over one run: read on the loop thread when the run starts and
 * when it ends, two reads of {@code /proc} per run and nothing on the switch path.
 */
final class KernelWatch {

  private final KernelCounters atStart;
  private final Figure<Integer> threadsAtStart;
  private final long startNanos;

  private KernelWatch(KernelCounters atStart, Figure<Integer> threadsAtStart, long startNanos) {
    this.atStart = atStart;
    this.threadsAtStart = threadsAtStart;
    this.startNanos = startNanos;
  }

  /** Call on the loop thread, before the run. */
  static KernelWatch start() {
    Figure<Integer> threads = ProcFs.SYSTEM.processThreads();
    return new KernelWatch(ProcFs.SYSTEM.ofCurrentThread(), threads, System.nanoTime());
  }

  /**
   * Call on the same thread, after the run: what the kernel counted in between, over the wall time,
   * beside the {@code loopIdleWaits} the loop counted itself.
   */
  RunKernel stop(long loopIdleWaits) {
    KernelCounters atEnd = ProcFs.SYSTEM.ofCurrentThread();
    Duration wall = Duration.ofNanos(System.nanoTime() - startNanos);
    return new RunKernel(new KernelView("the loop thread", atEnd.since(atStart), wall), threadsAtStart,
        ProcFs.SYSTEM.processThreads(), loopIdleWaits);
  }
}
