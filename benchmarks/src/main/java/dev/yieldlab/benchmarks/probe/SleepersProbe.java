package dev.yieldlab.benchmarks.probe;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.loop.EventLoop;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code count} sleepers of one kind, coroutines of one loop or virtual threads, each sleeping {@code
 * sleepMillis}: how long the whole takes beyond the sleep (starting them all, the timers, ending them
 * all), and the heap they keep live while they sleep (after full GCs, halfway through the sleep, minus
 * before). A fresh JVM per kind and count, so neither sees the other's garbage or JIT.
 *
 * <p>Usage: {@code SleepersProbe coroutines|virtual-threads <count> <sleepMillis> <key>}; prints {@code
 * sleepers[kind=...,size=<key>].beyond} (ms) and {@code ....heap} (MB).
 */
public final class SleepersProbe {

  private SleepersProbe() {}

  public static void main(String[] args) throws Exception {
    String kind = args[0];
    int count = Integer.parseInt(args[1]);
    Duration sleep = Duration.ofMillis(Long.parseLong(args[2]));
    String key = "sleepers[kind=" + kind + ",size=" + args[3] + "]";
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = liveHeap(memory);
    long[] during = new long[1];
    long start = System.nanoTime();
    switch (kind) {
      case "coroutines" -> coroutines(count, sleep, memory, during);
      case "virtual-threads" -> virtualThreads(count, sleep, memory, during);
      default -> throw new IllegalArgumentException("kind " + kind + ": coroutines or virtual-threads");
    }
    double beyond = (System.nanoTime() - start - sleep.toNanos()) / 1e6;
    String note = count + " " + kind + " sleeping " + sleep.toMillis() + " ms";
    System.out.println(new FigureLine(key + ".beyond", beyond, Double.NaN, "ms", note + ": spawn to last end, less the sleep").format());
    System.out.println(new FigureLine(key + ".heap", (during[0] - before) / (1024.0 * 1024.0), Double.NaN, "MB",
        note + ": live heap after full GC, halfway through the sleep").format());
  }

  private static void coroutines(int count, Duration sleep, MemoryMXBean memory, long[] during) {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    loop.run("main", () -> {
      Task<?>[] tasks = new Task<?>[count + 1];
      for (int i = 0; i < count; i++) {
        tasks[i] = loop.spawn("sleeper", () -> loop.sleep(sleep));
      }
      tasks[count] = loop.spawn("probe", () -> {
        loop.sleep(sleep.dividedBy(2));
        during[0] = liveHeap(memory);
      });
      return loop.gather(tasks);
    });
  }

  private static void virtualThreads(int count, Duration sleep, MemoryMXBean memory, long[] during) throws InterruptedException {
    AtomicInteger asleep = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(count);
    for (int i = 0; i < count; i++) {
      Thread.ofVirtual().start(() -> {
        asleep.incrementAndGet();
        try {
          Thread.sleep(sleep);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        done.countDown();
      });
    }
    Thread.sleep(sleep.dividedBy(2));
    during[0] = liveHeap(memory);
    done.await();
  }

  private static long liveHeap(MemoryMXBean memory) {
    System.gc();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
