package dev.yieldlab.explore;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.timing.Measurement;
import dev.yieldlab.loop.EventLoop;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;

/** Small runs with races for the explorer's tests, and a trial that runs them on fresh loops. */
final class Races {

  private Races() {}

  /** Two tasks check a flag, yield, then set it and count a win; the yields are placed so that FIFO protects it. */
  static Integer checkThenAct(Loop loop) {
    int[] winners = {0};
    boolean[] claimed = {false};
    Task<?> first = loop.spawn("first", () -> {
      if (!claimed[0]) {
        loop.yieldNow();
        claimed[0] = true;
        winners[0]++;
      }
    });
    Task<?> second = loop.spawn("second", () -> {
      loop.yieldNow();
      loop.yieldNow();
      if (!claimed[0]) {
        loop.yieldNow();
        claimed[0] = true;
        winners[0]++;
      }
    });
    loop.gather(first, second);
    return winners[0];
  }

  /** {@code tasks} tasks each do {@code steps} yields; returns how many switches it took. */
  static Integer yielding(Loop loop, int tasks, int steps) {
    Task<?>[] spawned = new Task<?>[tasks];
    for (int t = 0; t < tasks; t++) {
      spawned[t] = loop.spawn("t" + t, () -> {
        for (int i = 0; i < steps; i++) {
          loop.yieldNow();
        }
      });
    }
    loop.gather(spawned);
    return tasks * steps;
  }

  /** A trial of {@code body} judged by one check named {@code check}: it holds when {@code holds} says so of the value. */
  static ScheduleTrial trial(Function<Loop, Object> body, String check, Predicate<Object> holds) {
    return chooser -> {
      EventLoop loop = new EventLoop(ClockKind.VIRTUAL, Duration.ofSeconds(60));
      loop.explore(chooser);
      Object value = null;
      Throwable failure = null;
      try {
        value = loop.run("main", (Callable<Object>) () -> body.apply(loop));
      } catch (Throwable thrown) {
        failure = thrown;
      }
      RunResult result = new RunResult("race", VariantSpec.DEFAULT, loop.timeline(),
          new Measurement(List.of(loop.elapsed())), value, Optional.ofNullable(failure));
      Trial.Judgement judgement = failure != null ? Trial.Judgement.refuted(failure)
          : holds.test(value) ? Trial.Judgement.HELD : Trial.Judgement.refuted(new AssertionError(check + " did not hold: " + value));
      return new Trial(result, Map.of(check, judgement));
    };
  }
}
