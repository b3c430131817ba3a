package dev.yieldlab.benchmarks.probe;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.loop.EventLoop;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;

/**
 * The heap that {@code count} sleeping coroutines keep live: used heap after a full GC while all of
 * them sleep, minus used heap after a full GC before the loop existed. A probe coroutine takes the
 * second reading halfway through the sleep, once every sleeper has started (it checks). The loop's
 * timeline is part of what is kept: it is part of what a run costs.
 *
 * <p>Usage: {@code SleepingHeapProbe [count=100000] [sleepMillis=1000] [figure key=sleeping.heap]}
 */
public final class SleepingHeapProbe {

  private SleepingHeapProbe() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Duration sleep = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 1000);
    String key = args.length > 2 ? args[2] : "sleeping.heap";
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = liveHeap(memory);
    int[] started = new int[1];
    long[] during = new long[1];
    EventLoop loop = new EventLoop(ClockKind.REAL);
    loop.run("main", () -> {
      Task<?>[] tasks = new Task<?>[count + 1];
      for (int i = 0; i < count; i++) {
        tasks[i] = loop.spawn("sleeper", () -> {
          started[0]++;
          loop.sleep(sleep);
        });
      }
      tasks[count] = loop.spawn("probe", () -> {
        loop.sleep(sleep.dividedBy(2));
        if (started[0] != count) {
          throw new IllegalStateException("only " + started[0] + " of " + count + " sleepers had started");
        }
        during[0] = liveHeap(memory);
      });
      return loop.gather(tasks);
    });
    double megabytes = (during[0] - before) / (1024.0 * 1024.0);
    System.out.println(new FigureLine(key, megabytes, Double.NaN, "MB",
        "live heap of " + count + " sleeping coroutines, after full GC").format());
  }

  private static long liveHeap(MemoryMXBean memory) {
    System.gc();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
