package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.benchmarks.BenchmarkSettings;
import java.util.ArrayDeque;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * The floor under {@link SpawnJoinBenchmark}: what any spawn + join on one thread's continuations
 * does at the least, with bare {@code Continuation}s and a plain ArrayDeque, no loop, no task, no
 * timeline. Main makes a fresh continuation with an empty body, queues it and then itself, and yields;
 * the scheduler runs the child to its end (its first and only mount) and then main again (an unmount
 * and a mount). A loop's spawn + join cannot cost less than this plus its own bookkeeping.
 */
public class ContinuationSpawnJoinBenchmark extends BenchmarkSettings {

  private static final ContinuationScope SCOPE = new ContinuationScope("floor");
  private static final Runnable EMPTY = () -> { };

  @Benchmark
  @OperationsPerInvocation(SpawnJoinBenchmark.PAIRS)
  public int spawnAndJoin() {
    ArrayDeque<Continuation> ready = new ArrayDeque<>();
    Continuation[] main = new Continuation[1];
    main[0] = new Continuation(SCOPE, () -> {
      for (int i = 0; i < SpawnJoinBenchmark.PAIRS; i++) {
        ready.addLast(new Continuation(SCOPE, EMPTY));
        ready.addLast(main[0]);
        Continuation.yield(SCOPE);
      }
    });
    int runs = 0;
    for (Continuation next = main[0]; next != null; next = ready.pollFirst()) {
      next.run();
      runs++;
    }
    return runs;
  }
}
