package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.benchmarks.BenchmarkJvm;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 15's scale: {@link SleepingCoroutinesBenchmark} with 1,000,000 coroutines, each sleeping 1 s
 * on the REAL clock, timed from the first spawn to the last completion. One run holds about 1 GB
 * live, so it has fewer iterations than the 100,000 one; its live heap is {@code SleepingHeapProbe}'s
 * {@code sleeping-million.heap}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {BenchmarkJvm.ADD_EXPORTS, BenchmarkJvm.ALLOW_UNSAFE})
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class MillionSleepersBenchmark extends BenchmarkSettings {

  @Param({"1000000"})
  public int count;

  @Param({"1000"})
  public int sleepMillis;

  /**
   * Each shot starts from a collected heap, as a fresh run of one's own does: otherwise the previous
   * shot's million dead coroutines (about 800 MB) fill the young generation, and a young pause in the
   * middle of the next shot copies its million live ones (2.2 to 3.3 s with -Xmn2g in one run).
   */
  @Setup(Level.Iteration)
  public void collectThePreviousShot() {
    System.gc();
  }

  @Benchmark
  public List<Object> sleepTogether() {
    return SleepingCoroutinesBenchmark.sleepTogether(count, Duration.ofMillis(sleepMillis));
  }
}
