package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.sync.Lock;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import dev.yieldlab.loop.EventLoop;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * A contended lock: {@link RoundRobin#TASKS} coroutines each take one lock {@link #ROUNDS} times and
 * yield while holding it, so the others queue up and every release hands the lock to the next
 * waiter. One operation is one handoff (release, the waiter's wake-up, its acquire, and the yield
 * that lets the others queue). asyncio: {@code async with lock: await asyncio.sleep(0)}.
 */
public class ContendedLockBenchmark extends BenchmarkSettings {

  static final int ROUNDS = 100;

  @Benchmark
  @OperationsPerInvocation(RoundRobin.TASKS * ROUNDS)
  public Object handoff() {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    return loop.run("main", () -> {
      Lock lock = loop.lock("contended");
      Task<?>[] contenders = new Task<?>[RoundRobin.TASKS];
      for (int t = 0; t < contenders.length; t++) {
        contenders[t] = loop.spawn("contender", () -> {
          for (int r = 0; r < ROUNDS; r++) {
            lock.acquire();
            loop.yieldNow();
            lock.release();
          }
        });
      }
      return loop.gather(contenders);
    });
  }
}
