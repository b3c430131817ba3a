package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Task;
import dev.yieldlab.loop.EventLoop;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What one invocation of most loop benchmarks does: on a fresh loop (see the package notes for why
 * fresh), a main coroutine spawns {@code count} tasks and gathers them.
 */
final class FreshLoop {

  /** The body of the {@code index}-th task, given the loop it runs on. */
  @FunctionalInterface
  interface TaskBody {
    Callable<?> of(Loop loop, int index);
  }

  private FreshLoop() {}

  static List<Object> spawnAndGather(ClockKind clock, int count, String taskName, TaskBody body) {
    EventLoop loop = new EventLoop(clock);
    return loop.run("main", () -> {
      Task<?>[] tasks = new Task<?>[count];
      for (int i = 0; i < count; i++) {
        tasks[i] = loop.spawn(taskName, body.of(loop, i));
      }
      return loop.gather(tasks);
    });
  }
}
