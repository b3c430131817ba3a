package dev.yieldlab.benchmarks.loop;

import java.util.ArrayDeque;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * The floor under {@link LoopSwitchBenchmark}: the same round robin of {@link RoundRobin#TASKS}
 * bodies with bare {@code Continuation.yield}/{@code run} and a plain ArrayDeque, no loop, no
 * timeline. What the loop adds on top of this is yieldlab's own cost per switch.
 */
public class ContinuationSwitchBenchmark extends SwitchSettings {

  private static final ContinuationScope SCOPE = new ContinuationScope("floor");

  private static final Runnable YIELDING_BODY = () -> {
    for (int k = 0; k < RoundRobin.YIELDS_PER_TASK; k++) {
      Continuation.yield(SCOPE);
    }
  };

  @Benchmark
  @OperationsPerInvocation(RoundRobin.SWITCHES)
  public int roundRobin() {
    ArrayDeque<Continuation> ready = new ArrayDeque<>(RoundRobin.TASKS);
    for (int t = 0; t < RoundRobin.TASKS; t++) {
      ready.addLast(new Continuation(SCOPE, YIELDING_BODY));
    }
    int runs = 0;
    for (Continuation next = ready.pollFirst(); next != null; next = ready.pollFirst()) {
      next.run();
      runs++;
      if (!next.isDone()) {
        ready.addLast(next);
      }
    }
    return runs;
  }
}
