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
 * before). A fresh JVM per kind and count, so neither sees the other's garbage or JIT. The two are
 * measured in two runs, timed first: the heap's reading stops the world for two full GCs (1.2 to
 * 1.6 s with a million coroutines live), and inside the timed run every sleeper whose deadline fell
 * in them was late by as much, which made the figure the GCs' as much as the sleepers'.
 *
 * <p>Usage: {@code SleepersProbe coroutines|virtual-threads <count> <sleepMillis> <key> [beyond-only]}; prints {@code
 * sleepers[kind=...,size=<key>].beyond} (ms) and, unless {@code beyond-only}, {@code ....heap} (MB).
 */
public final class SleepersProbe {

  private SleepersProbe() {}

  public static void main(String[] args) throws Exception {
    String kind = args[0];
    int count = Integer.parseInt(args[1]);
    Duration sleep = Duration.ofMillis(Long.parseLong(args[2]));
    String key = "sleepers[kind=" + kind + ",size=" + args[3] + "]";
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long start = System.nanoTime();
    run(kind, count, sleep, null);
    double beyond = (System.nanoTime() - start - sleep.toNanos()) / 1e6;
    String note = count + " " + kind + " sleeping " + sleep.toMillis() + " ms";
    System.out.println(new FigureLine(key + ".beyond", beyond, Double.NaN, "ms", note + ": spawn to last end, less the sleep").format());
    if (args.length > 4 && args[4].equals("beyond-only")) {
      return;
    }
    long before = liveHeap(memory);
    long[] during = new long[1];
    run(kind, count, sleep, () -> during[0] = liveHeap(memory));
    System.out.println(new FigureLine(key + ".heap", (during[0] - before) / (1024.0 * 1024.0), Double.NaN, "MB",
        note + ": live heap after full GC, halfway through the sleep").format());
  }

  /** One run of {@code count} sleepers; {@code halfway}, when given, runs halfway through the sleep. */
  private static void run(String kind, int count, Duration sleep, Runnable halfway) throws InterruptedException {
    switch (kind) {
      case "coroutines" -> coroutines(count, sleep, halfway);
      case "virtual-threads" -> virtualThreads(count, sleep, halfway);
      default -> throw new IllegalArgumentException("kind " + kind + ": coroutines or virtual-threads");
    }
  }

  private static void coroutines(int count, Duration sleep, Runnable halfway) {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    loop.run("main", () -> {
      Task<?>[] tasks = new Task<?>[halfway == null ? count : count + 1];
      for (int i = 0; i < count; i++) {
        tasks[i] = loop.spawn("sleeper", () -> loop.sleep(sleep));
      }
      if (halfway != null) {
        tasks[count] = loop.spawn("probe", () -> {
          loop.sleep(sleep.dividedBy(2));
          halfway.run();
        });
      }
      return loop.gather(tasks);
    });
  }

  private static void virtualThreads(int count, Duration sleep, Runnable halfway) throws InterruptedException {
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
    if (halfway != null) {
      Thread.sleep(sleep.dividedBy(2));
      halfway.run();
    }
    done.await();
  }

  private static long liveHeap(MemoryMXBean memory) {
    System.gc();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
