package dev.yieldlab.loop;

import java.util.concurrent.Callable;

/** Runs a loop whose main task is expected to fail, and hands back what it threw. */
final class FailedRuns {

  private FailedRuns() {}

  static Throwable failureOf(EventLoop loop, Callable<?> main) {
    try {
      loop.run("main", main);
    } catch (Throwable thrown) {
      return thrown;
    }
    throw new AssertionError("the run was expected to fail but returned normally");
  }
}
