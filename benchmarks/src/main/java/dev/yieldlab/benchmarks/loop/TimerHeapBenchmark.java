package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import java.time.Duration;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Schedule and fire {@link #SLEEPS} sleeps with random durations (uniform in [0, 1 s), a fixed hash)
 * on the VIRTUAL clock, so the figure is the timer heap and the switches, never waiting. {@code
 * sleepers} sets how many timers are pending at once: 1,000 tasks sleeping 1,000 times each keep the
 * heap at about 1,000 entries; 100,000 tasks sleeping 10 times each keep it at about 100,000.
 *
 * <p>Until issue 15 it was 100,000 sleeps, so 100,000 sleepers slept once each: that figure was one
 * coroutine's spawn, first freeze and end per sleep against one per 100 sleeps, not the heap's size
 * alone (docs/PERFORMANCE.md, "Timer heap"). Ten sleeps each keep the spawn's share below a tenth.
 */
public class TimerHeapBenchmark extends BenchmarkSettings {

  static final int SLEEPS = 1_000_000;

  @Param({"1000", "100000"})
  public int sleepers;

  @Setup(Level.Trial)
  public void checkSleepers() {
    if (SLEEPS % sleepers != 0) {
      throw new IllegalArgumentException(sleepers + " sleepers do not divide " + SLEEPS + " sleeps");
    }
  }

  /**
   * The {@code sleep}-th sleep's duration, uniform in [0, 1 s): a hash of its number (MurmurHash3's
   * finalizer), so that the same sleeps are drawn in every run and by {@link ContinuationWakeOrderBenchmark}.
   * Computed rather than read from a table: with 100,000 sleepers, reading a table of 1,000,000
   * preallocated Durations cost two cache misses per sleep, about 680 of the 3,417 ns the
   * 100,000-sleeper figure measured (the benchmark's own input, not the loop).
   */
  static long durationNanos(int sleep) {
    long h = sleep + 0x9E3779B97F4A7C15L;
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return Math.floorMod(h, 1_000_000_000L);
  }

  @Benchmark
  @OperationsPerInvocation(SLEEPS)
  public List<Object> sleepRandomly() {
    int sleepsEach = SLEEPS / sleepers;
    return FreshLoop.spawnAndGather(ClockKind.VIRTUAL, sleepers, "sleeper", (loop, index) -> () -> {
      for (int s = index * sleepsEach; s < (index + 1) * sleepsEach; s++) {
        loop.sleep(Duration.ofNanos(durationNanos(s)));
      }
      return null;
    });
  }
}
