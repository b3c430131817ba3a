package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * A coroutine switch on the loop: {@code yieldNow()} (asyncio's {@code sleep(0)}) and the loop
 * resuming the next of {@link RoundRobin#TASKS} tasks, timeline recording included. Compare with
 * {@link ContinuationSwitchBenchmark}, the same shape without the loop. The REAL clock is what
 * experiments run on (its timeline events carry {@code System.nanoTime()}); VIRTUAL shows what the
 * clock costs.
 */
public class LoopSwitchBenchmark extends SwitchSettings {

  @Param({"REAL", "VIRTUAL"})
  public ClockKind clock;

  @Benchmark
  @OperationsPerInvocation(RoundRobin.SWITCHES)
  public List<Object> roundRobin() {
    return FreshLoop.spawnAndGather(clock, RoundRobin.TASKS, "yielder", (loop, index) -> () -> {
      for (int k = 0; k < RoundRobin.YIELDS_PER_TASK; k++) {
        loop.yieldNow();
      }
      return null;
    });
  }
}
