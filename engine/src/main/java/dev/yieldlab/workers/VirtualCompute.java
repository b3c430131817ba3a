package dev.yieldlab.workers;

import dev.yieldlab.api.workers.VirtualThreadEvent;

import dev.yieldlab.api.kernel.KernelCounters;
import dev.yieldlab.api.workers.CpuBody;
import dev.yieldlab.api.workers.WorkerSpan;
import dev.yieldlab.kernel.ProcFs;
import java.time.Duration;
import java.util.List;

/**
 * One CPU-bound virtual thread's span, measured from inside it. The JDK gives a virtual thread no CPU
 * time of its own ({@code ThreadMXBean.getCurrentThreadCpuTime()} is -1 there), so its CPU time is
 * what the kernel counted for its carrier over the span: a CPU-bound virtual thread never unmounts,
 * so that is its own. Its START and END events name the carrier it ran on.
 */
final class VirtualCompute {

  private VirtualCompute() {}

  static WorkerSpan run(String worker, CpuBody body, long iterations, List<VirtualThreadEvent> events) {
    KernelCounters kernelBefore = ProcFs.SYSTEM.ofCurrentThread();
    events.add(event(worker, VirtualThreadEvent.Kind.START));
    long start = EpochNanos.now();
    long result = body.compute(0, iterations);
    long end = EpochNanos.now();
    events.add(event(worker, VirtualThreadEvent.Kind.END));
    KernelCounters kernel = ProcFs.SYSTEM.ofCurrentThread().since(kernelBefore);
    long cpu = kernel.onCpu().asOptional().map(Duration::toNanos).orElse(0L);
    return new WorkerSpan(worker, start, end, cpu, result, kernel);
  }

  private static VirtualThreadEvent event(String worker, VirtualThreadEvent.Kind kind) {
    return new VirtualThreadEvent(worker, kind, LaneClock.epochNanos(System.nanoTime()),
        CarrierAccess.carrierOf(Thread.currentThread()), "", 0, false);
  }
}
