package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.benchmarks.BenchmarkSettings;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * One {@code System.nanoTime()}: what each REAL-clock timeline event's timestamp costs on this
 * machine (the loop's REAL clock is {@code System.nanoTime()}, read fresh per event that needs its own
 * time). It is the floor under {@link UncontendedLockBenchmark}'s REAL figure, which reads it twice
 * (acquired, released), and the part of {@link LoopSwitchBenchmark}'s REAL figure that the VIRTUAL
 * one does not pay.
 */
public class ClockReadingBenchmark extends BenchmarkSettings {

  @Benchmark
  public long nanoTime() {
    return System.nanoTime();
  }
}
