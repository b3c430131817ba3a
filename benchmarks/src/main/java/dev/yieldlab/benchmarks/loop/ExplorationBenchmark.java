package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.explore.Exploration;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timing.Measurement;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import dev.yieldlab.explore.ExploreSettings;
import dev.yieldlab.explore.Explorer;
import dev.yieldlab.explore.RunFingerprint;
import dev.yieldlab.explore.ScheduleTrial;
import dev.yieldlab.explore.Trial;
import dev.yieldlab.loop.EventLoop;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * Issue 23's throughput: explored schedules per second on the VIRTUAL clock, checks included, for
 * {@code tasks} coroutines of {@value #YIELDS} yields each, under the default portfolio; next to the
 * same run executed once inside a loop. An explored schedule here is what the engine does per
 * schedule: a fresh loop explored by the strategy's chooser, the run, its timeline's snapshot, its
 * result, and the check called by reflection on that result, as the engine calls check methods.
 */
public class ExplorationBenchmark extends BenchmarkSettings {

  static final int YIELDS = 10;
  static final int SCHEDULES = 2_000;

  @Param({"2", "10"})
  public int tasks;

  private static final Method CHECK;

  static {
    try {
      CHECK = ExplorationBenchmark.class.getDeclaredMethod("everyYieldCounted", RunResult.class, int.class);
    } catch (NoSuchMethodException impossible) {
      throw new ExceptionInInitializerError(impossible);
    }
  }

  /** The check: every task did all its yields. */
  static void everyYieldCounted(RunResult result, int tasks) {
    if (!Integer.valueOf(tasks * YIELDS).equals(result.value())) {
      throw new AssertionError("counted " + result.value());
    }
  }

  static Integer body(Loop loop, int tasks) {
    int[] steps = {0};
    Task<?>[] spawned = new Task<?>[tasks];
    for (int t = 0; t < tasks; t++) {
      spawned[t] = loop.spawn("t" + t, () -> {
        for (int i = 0; i < YIELDS; i++) {
          loop.yieldNow();
          steps[0]++;
        }
        return null;
      });
    }
    loop.gather(spawned);
    return steps[0];
  }

  @Benchmark
  @OperationsPerInvocation(SCHEDULES)
  public Exploration explore() {
    int count = tasks;
    ScheduleTrial trial = chooser -> {
      EventLoop loop = new EventLoop(ClockKind.VIRTUAL, Duration.ofSeconds(60));
      loop.explore(chooser);
      Object value = loop.run("main", () -> body(loop, count));
      RunResult result = new RunResult("main", VariantSpec.DEFAULT, Timeline.deferred(() -> loop.timeline().events()),
          new Measurement(List.of(loop.elapsed())), value, Optional.empty());
      Trial.Judgement judgement;
      try {
        CHECK.invoke(null, result, count);
        judgement = Trial.Judgement.HELD;
      } catch (InvocationTargetException refuted) {
        judgement = Trial.Judgement.refuted(refuted.getCause());
      } catch (IllegalAccessException impossible) {
        throw new IllegalStateException(impossible);
      }
      return new Trial(result, Map.of("everyYieldCounted", judgement));
    };
    ExploreSettings settings = new ExploreSettings(SCHEDULES, List.of(), 1, Duration.ofMinutes(5), Duration.ZERO, -1, 3,
        ExploreSettings.Shard.ALL);
    return new Explorer(settings, new RunFingerprint("0000", "0000", "benchmark"), trial, List.of("everyYieldCounted"),
        () -> false).explore();
  }

  /** The same run executed once inside a fresh loop, unexplored: the yardstick of an explored schedule. */
  @Benchmark
  public Object runOnce() {
    EventLoop loop = new EventLoop(ClockKind.VIRTUAL, Duration.ofSeconds(60));
    return loop.run("main", () -> body(loop, tasks));
  }
}
