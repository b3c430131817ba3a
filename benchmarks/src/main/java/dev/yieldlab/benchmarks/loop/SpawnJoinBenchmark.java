package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.benchmarks.BenchmarkJvm;
import dev.yieldlab.loop.EventLoop;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Spawn a trivial coroutine and join it, one after the other: task creation, the first run of a
 * fresh continuation, completion and waking the joiner ({@code await asyncio.create_task(noop())}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = BenchmarkJvm.ADD_EXPORTS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SpawnJoinBenchmark {

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
