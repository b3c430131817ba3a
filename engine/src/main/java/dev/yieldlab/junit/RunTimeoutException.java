package dev.yieldlab.junit;

import java.io.Serial;

/** The engine's watchdog gave up on a run whose loop thread never came back. */
public final class RunTimeoutException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  RunTimeoutException(String message) {
    super(message);
  }
}
