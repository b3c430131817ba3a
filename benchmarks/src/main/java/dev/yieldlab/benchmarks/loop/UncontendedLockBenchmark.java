package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.sync.Lock;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import dev.yieldlab.loop.EventLoop;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * An uncontended lock: one coroutine acquires and releases a free lock {@link #PAIRS} times, which
 * switches to no other coroutine and records two SYNC events per pair (acquired, released), each with
 * a clock reading: one operation is one acquire + release. The {@code clock} parameter shows what the
 * REAL clock's two readings cost. asyncio: {@code async with lock: pass}.
 */
public class UncontendedLockBenchmark extends BenchmarkSettings {

  static final int PAIRS = 1_000;

  @Param({"REAL", "VIRTUAL"})
  public ClockKind clock;

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public Object uncontended() {
    EventLoop loop = new EventLoop(clock);
    return loop.run("main", () -> {
      Lock lock = loop.lock("uncontended");
      for (int i = 0; i < PAIRS; i++) {
        lock.acquire();
        lock.release();
      }
      return lock;
    });
  }
}
