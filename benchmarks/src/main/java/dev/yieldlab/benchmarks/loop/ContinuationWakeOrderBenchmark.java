package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.benchmarks.BenchmarkSettings;
import java.util.PriorityQueue;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The floor under {@link TimerHeapBenchmark}: the same {@value TimerHeapBenchmark#SLEEPS} wake-ups
 * of the same number of sleepers, in the order the timer heap gives them, but with bare
 * continuations resumed from a precomputed list: no heap, no loop, no timeline, no Duration read.
 *
 * <p>What is left is what waking a task costs whatever the timer structure: its continuation's
 * stack chunk and object, brought back into the cache. With 1,000 sleepers they all stay in the
 * core's caches; with 100,000 (tens of MB of stack chunks) nearly every wake-up misses. If this row's
 * 100,000 figure is already over twice the loop's 1,000 figure, no timer heap can meet issue 15's
 * "100,000 within 2 × 1,000", because the loop cannot wake a task for less than this.
 */
public class ContinuationWakeOrderBenchmark extends BenchmarkSettings {

  private static final ContinuationScope SCOPE = new ContinuationScope("floor");

  @Param({"1000", "100000"})
  public int sleepers;

  /** Which sleeper wakes at each step, in deadline order, as the loop's heap would give them. */
  private int[] wakeOrder;

  @Setup(Level.Trial)
  public void computeWakeOrder() {
    wakeOrder = wakeOrder(sleepers, TimerHeapBenchmark.SLEEPS);
  }

  /**
   * The order {@link TimerHeapBenchmark}'s sleepers wake in on the VIRTUAL clock: all start at 0;
   * each sleeps the same random times in [0, 1 s) ({@link TimerHeapBenchmark#durationNanos}) and, once woken, sleeps again, {@code
   * sleeps / sleepers} times in all. Equal deadlines wake in the order they were set, as in the loop.
   */
  static int[] wakeOrder(int sleepers, int sleeps) {
    int sleepsEach = sleeps / sleepers;
    long[] durations = new long[sleeps];
    for (int i = 0; i < sleeps; i++) {
      durations[i] = TimerHeapBenchmark.durationNanos(i);
    }
    // {deadline, sequence, sleeper, sleeps taken}
    PriorityQueue<long[]> pending = new PriorityQueue<>(sleepers,
        (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    long sequence = 0;
    for (int s = 0; s < sleepers; s++) {
      pending.add(new long[] {durations[s * sleepsEach], sequence++, s, 1});
    }
    int[] order = new int[sleeps];
    for (int step = 0; step < sleeps; step++) {
      long[] due = pending.poll();
      int sleeper = (int) due[2];
      order[step] = sleeper;
      if (due[3] < sleepsEach) {
        pending.add(new long[] {due[0] + durations[sleeper * sleepsEach + (int) due[3]], sequence++, sleeper, due[3] + 1});
      }
    }
    return order;
  }

  @Benchmark
  @OperationsPerInvocation(TimerHeapBenchmark.SLEEPS)
  public int wakeInHeapOrder() {
    int sleepsEach = TimerHeapBenchmark.SLEEPS / sleepers;
    Runnable body = () -> {
      for (int s = 0; s < sleepsEach; s++) {
        Continuation.yield(SCOPE);
      }
    };
    Continuation[] continuations = new Continuation[sleepers];
    for (int s = 0; s < sleepers; s++) {
      continuations[s] = new Continuation(SCOPE, body);
      continuations[s].run(); // its first sleep, as a spawned task's first turn
    }
    int ended = 0;
    for (int sleeper : wakeOrder) {
      Continuation continuation = continuations[sleeper];
      continuation.run();
      if (continuation.isDone()) {
        ended++;
      }
    }
    return ended;
  }
}
