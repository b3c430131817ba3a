package dev.yieldlab.loop;

import java.io.Serial;

/** The loop's clock passed the run's deadline while tasks were still unfinished. */
public final class LoopTimeoutException extends IllegalStateException {

  @Serial private static final long serialVersionUID = 1L;

  LoopTimeoutException(String message) {
    super(message);
  }
}
