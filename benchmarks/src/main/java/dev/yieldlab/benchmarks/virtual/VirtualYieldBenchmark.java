package dev.yieldlab.benchmarks.virtual;

import dev.yieldlab.benchmarks.BenchmarkJvm;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * The loop switch's twin: ten virtual threads that each call {@code Thread.yield()} {@value #YIELDS}
 * times on one carrier, so every yield hands the carrier to the next (round robin through the
 * scheduler's submission queue). Per yield; starting and joining the ten is 10 of 100,000 operations.
 */
@Fork(value = 2, jvmArgsAppend = {BenchmarkJvm.ADD_EXPORTS, BenchmarkJvm.ALLOW_UNSAFE, "-Djdk.virtualThreadScheduler.parallelism=1"})
public class VirtualYieldBenchmark extends BenchmarkSettings {

  static final int THREADS = 10;
  static final int YIELDS = 10_000;

  @Benchmark
  @OperationsPerInvocation(THREADS * YIELDS)
  public void roundRobin() throws InterruptedException {
    Thread[] threads = new Thread[THREADS];
    for (int t = 0; t < THREADS; t++) {
      threads[t] = Thread.ofVirtual().start(() -> {
        for (int i = 0; i < YIELDS; i++) {
          Thread.yield();
        }
      });
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }
}
