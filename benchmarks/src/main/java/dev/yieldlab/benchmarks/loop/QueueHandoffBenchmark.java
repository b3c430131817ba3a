package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.sync.Queue;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import dev.yieldlab.loop.EventLoop;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * Queue handoff: a producer puts {@link #ITEMS} items into a queue of capacity 1 and a consumer gets
 * them, so every item passes from one coroutine to the other (put, get, and the switches between
 * them, timeline events included). One operation is one item. asyncio: {@code Queue(maxsize=1)}.
 */
public class QueueHandoffBenchmark extends BenchmarkSettings {

  static final int ITEMS = 1_000;

  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public Object handoff() {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    return loop.run("main", () -> {
      Queue<Integer> queue = loop.queue("handoff", 1);
      Integer boxed = 42;
      loop.spawn("producer", () -> {
        for (int i = 0; i < ITEMS; i++) {
          queue.put(boxed);
        }
      });
      int sum = 0;
      for (int i = 0; i < ITEMS; i++) {
        sum += queue.get();
      }
      return sum;
    });
  }
}
