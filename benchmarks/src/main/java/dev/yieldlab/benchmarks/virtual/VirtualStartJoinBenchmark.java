package dev.yieldlab.benchmarks.virtual;

import dev.yieldlab.benchmarks.BenchmarkJvm;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * The loop's spawn + join's twin: {@code Thread.ofVirtual().start(noop)} and {@code join()}, one after
 * the other, from a virtual thread on one carrier (as the loop's spawner is one of its coroutines).
 */
@Fork(value = 2, jvmArgsAppend = {BenchmarkJvm.ADD_EXPORTS, BenchmarkJvm.ALLOW_UNSAFE, "-Djdk.virtualThreadScheduler.parallelism=1"})
public class VirtualStartJoinBenchmark extends BenchmarkSettings {

  static final int PAIRS = 1_000;
  private static final Runnable NOOP = () -> { };

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void startAndJoin() throws InterruptedException {
    Thread spawner = Thread.ofVirtual().start(() -> {
      try {
        for (int i = 0; i < PAIRS; i++) {
          Thread.ofVirtual().start(NOOP).join();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    spawner.join();
  }
}
