package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import dev.yieldlab.loop.EventLoop;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * Spawn a trivial coroutine and join it, one after the other: task creation, the first run of a
 * fresh continuation, completion and waking the joiner ({@code await asyncio.create_task(noop())}).
 */
public class SpawnJoinBenchmark extends BenchmarkSettings {

  /** Spawn+join pairs per invocation, so that one loop's creation costs under 1 % of the figure. */
  static final int PAIRS = 1_000;

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public Object spawnAndJoin() {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    return loop.run("main", () -> {
      Object last = null;
      for (int i = 0; i < PAIRS; i++) {
        last = loop.spawn("child", TrivialBodies.RETURN_AT_ONCE).join();
      }
      return last;
    });
  }
}
