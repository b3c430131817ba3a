package dev.yieldlab.loop;

import java.io.Serial;

/**
 * The JVM refused to suspend a coroutine because something on its stack pins it to the thread (a
 * native frame, a critical section). The coroutine fails with this instead of silently continuing.
 */
public final class PinnedYieldException extends IllegalStateException {

  @Serial private static final long serialVersionUID = 1L;

  PinnedYieldException(String task, String reason) {
    super("coroutine '" + task + "' cannot suspend here: the JVM reports it pinned to its thread (" + reason
        + "; e.g. a native frame such as a class initializer, or Continuation.pin()). Move the sleep/yield/join"
        + " out of that code.");
  }
}
