package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Spawn 1,000 trivial coroutines and gather them: one invocation is one whole gather, on a fresh loop. */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GatherBenchmark extends BenchmarkSettings {

  static final int TASKS = 1_000;

  @Benchmark
  public List<Object> spawnAndGather() {
    return FreshLoop.spawnAndGather(ClockKind.REAL, TASKS, "child", (loop, index) -> TrivialBodies.RETURN_AT_ONCE);
  }
}
