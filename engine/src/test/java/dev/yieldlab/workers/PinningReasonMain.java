package dev.yieldlab.workers;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.loop.EventLoop;

/**
 * Run as a child JVM by {@link CpuPinningTest}: prints why pinning is unavailable here (or {@code
 * available}), then what a pinned run of one process does: the exception it ends with, or {@code
 * passed}.
 */
public final class PinningReasonMain {

  private PinningReasonMain() {}

  public static void main(String[] args) {
    System.out.println(CpuPinning.unavailableReason().orElse("available"));
    EventLoop loop = new EventLoop(ClockKind.REAL);
    try {
      loop.run("main", () -> Workers.of(WorkerKind.PROCESSES).count(1).iterations(1_000).pinnedToOneCpu().run(loop));
      System.out.println("passed");
    } catch (RuntimeException ended) {
      System.out.println(ended.getClass().getName() + ": " + ended.getMessage());
    }
  }
}
