package dev.yieldlab.loop;

import java.io.Serial;

/** Every task waits and no timer is pending: nothing can ever become ready again. */
public final class DeadlockException extends IllegalStateException {

  @Serial private static final long serialVersionUID = 1L;

  DeadlockException(String waiters) {
    super("deadlock: every task waits and no timer is pending, so none can ever resume:" + System.lineSeparator()
        + waiters);
  }
}
