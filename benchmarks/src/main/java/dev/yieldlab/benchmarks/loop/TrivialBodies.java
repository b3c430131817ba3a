package dev.yieldlab.benchmarks.loop;

import java.util.concurrent.Callable;

/** Coroutine bodies that do nothing, so that a benchmark measures only what the loop does around them. */
final class TrivialBodies {

  /** Returns at once; a Callable so that {@code spawn} does not wrap it in a second lambda. */
  static final Callable<Object> RETURN_AT_ONCE = () -> null;

  private TrivialBodies() {}
}
