package dev.yieldlab.workers;

import dev.yieldlab.api.kernel.KernelCounters;
import dev.yieldlab.api.workers.CpuBody;
import dev.yieldlab.api.workers.WorkerSpan;
import dev.yieldlab.kernel.ProcFs;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Runs a body on the calling thread and notes its span: the one measurement every worker kind shares. */
final class MeasuredCompute {

  /** Iterations between two checks of the GIL's switch interval: about 20 µs of the summing loop. */
  static final long GIL_CHUNK = 1L << 16;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private MeasuredCompute() {}

  static WorkerSpan run(String worker, CpuBody body, long iterations) {
    KernelCounters kernelBefore = ProcFs.SYSTEM.ofCurrentThread();
    long cpuBefore = THREADS.getCurrentThreadCpuTime();
    long start = EpochNanos.now();
    long result = body.compute(0, iterations);
    long end = EpochNanos.now();
    long cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
    return new WorkerSpan(worker, start, end, cpu, result, ProcFs.SYSTEM.ofCurrentThread().since(kernelBefore));
  }

  /**
   * Runs the body in chunks, computing only while holding {@code gil} and offering it to waiting
   * workers between chunks once the switch interval has passed, as CPython's eval loop does. The span
   * starts before the first acquisition: waiting for the GIL is part of the worker's life.
   */
  static WorkerSpan runUnderGil(String worker, CpuBody body, long iterations, EmulatedGil gil) {
    KernelCounters kernelBefore = ProcFs.SYSTEM.ofCurrentThread();
    long cpuBefore = THREADS.getCurrentThreadCpuTime();
    long start = EpochNanos.now();
    long result = 0;
    gil.acquire();
    try {
      for (long from = 0; from < iterations; from += GIL_CHUNK) {
        result += body.compute(from, Math.min(iterations, from + GIL_CHUNK));
        gil.handOverIfDue(worker);
      }
    } finally {
      gil.release(worker);
    }
    long end = EpochNanos.now();
    long cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
    return new WorkerSpan(worker, start, end, cpu, result, ProcFs.SYSTEM.ofCurrentThread().since(kernelBefore));
  }
}
