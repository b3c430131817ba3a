package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scale: {@code count} coroutines that each sleep {@code sleepMillis} on the REAL clock, spawned by
 * main and gathered, timed from the first spawn to the last completion. The sleep is 1 s so that all
 * of them are asleep at once (starting 100,000 takes far less than that); the figure therefore
 * includes that second, and the comparison subtracts it to show the loop's own cost. The heap they
 * hold is measured by {@code SleepingHeapProbe}, since JMH's {@code -prof gc} reports allocation, not
 * what stays live.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class SleepingCoroutinesBenchmark extends BenchmarkSettings {

  @Param({"100000"})
  public int count;

  @Param({"1000"})
  public int sleepMillis;

  @Benchmark
  public List<Object> sleepTogether() {
    return sleepTogether(count, Duration.ofMillis(sleepMillis));
  }

  /** {@code count} coroutines that each sleep {@code sleep}, spawned by main and gathered, on a fresh REAL-clock loop. */
  static List<Object> sleepTogether(int count, Duration sleep) {
    return FreshLoop.spawnAndGather(ClockKind.REAL, count, "sleeper", (loop, index) -> () -> {
      loop.sleep(sleep);
      return null;
    });
  }
}
