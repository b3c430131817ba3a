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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A coroutine switch on the loop: {@code yieldNow()} (asyncio's {@code sleep(0)}) and the loop
 * resuming the next of {@link RoundRobin#TASKS} tasks, timeline recording included. Compare with
 * {@link ContinuationSwitchBenchmark}, the same shape without the loop. The REAL clock is what
 * experiments run on (it reads {@code System.nanoTime()} for every timeline event); VIRTUAL shows
 * what the clock costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = BenchmarkJvm.ADD_EXPORTS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LoopSwitchBenchmark {

  @Param({"REAL", "VIRTUAL"})
  public ClockKind clock;

  @Benchmark
  @OperationsPerInvocation(RoundRobin.SWITCHES)
  public List<Object> roundRobin() {
    EventLoop loop = new EventLoop(clock);
    return loop.run("main", () -> {
      Task<?>[] tasks = new Task<?>[RoundRobin.TASKS];
      for (int t = 0; t < tasks.length; t++) {
        tasks[t] = loop.spawn("task" + t, () -> {
          for (int k = 0; k < RoundRobin.YIELDS_PER_TASK; k++) {
            loop.yieldNow();
          }
        });
      }
      return loop.gather(tasks);
    });
  }
}
