package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Which time a loop runs on. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ClockKind {
  /** Wall time ({@link System#nanoTime()}): what experiments measure. */
  REAL,
  /**
   * Time that stands still while coroutines compute and jumps to the next timer when none is ready,
   * as in kotlinx-coroutines-test: fast, deterministic tests of the framework itself.
   */
  VIRTUAL
}
