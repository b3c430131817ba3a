package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.benchmarks.BenchmarkJvm;
import dev.yieldlab.loop.EventLoop;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Schedule and fire {@link #SLEEPS} sleeps with random durations (uniform in [0, 1 s), fixed seed)
 * on the VIRTUAL clock, so the figure is the timer heap and the switches, never waiting. {@code
 * sleepers} sets how many timers are pending at once: 1,000 tasks sleeping 100 times each keep the
 * heap at about 1,000 entries; 100,000 tasks sleeping once grow it to 100,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = BenchmarkJvm.ADD_EXPORTS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TimerHeapBenchmark {

  static final int SLEEPS = 100_000;

  @Param({"1000", "100000"})
  public int sleepers;

  /** The durations, drawn once so that every invocation sorts the same deadlines. */
  private Duration[] durations;

  @Setup(Level.Trial)
  public void drawDurations() {
    if (SLEEPS % sleepers != 0) {
      throw new IllegalArgumentException(sleepers + " sleepers do not divide " + SLEEPS + " sleeps");
    }
    SplittableRandom random = new SplittableRandom(42);
    durations = new Duration[SLEEPS];
    for (int i = 0; i < SLEEPS; i++) {
      durations[i] = Duration.ofNanos(random.nextLong(1_000_000_000L));
    }
  }

  @Benchmark
  @OperationsPerInvocation(SLEEPS)
  public List<Object> sleepRandomly() {
    int sleepsEach = SLEEPS / sleepers;
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL);
    return loop.run("main", () -> {
      Task<?>[] tasks = new Task<?>[sleepers];
      for (int t = 0; t < sleepers; t++) {
        int first = t * sleepsEach;
        tasks[t] = loop.spawn("sleeper", () -> {
          for (int s = first; s < first + sleepsEach; s++) {
            loop.sleep(durations[s]);
          }
        });
      }
      return loop.gather(tasks);
    });
  }
}
