package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.benchmarks.BenchmarkJvm;
import dev.yieldlab.loop.EventLoop;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Spawn 1,000 trivial coroutines and gather them: one invocation is one whole gather, on a fresh loop. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = BenchmarkJvm.ADD_EXPORTS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GatherBenchmark {

  static final int TASKS = 1_000;

  @Benchmark
  public List<Object> spawnAndGather() {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    return loop.run("main", () -> {
      Task<?>[] tasks = new Task<?>[TASKS];
      for (int i = 0; i < TASKS; i++) {
        tasks[i] = loop.spawn("child", TrivialBodies.RETURN_AT_ONCE);
      }
      return loop.gather(tasks);
    });
  }
}
