package dev.yieldlab.loop;

import java.io.Serial;

/** The run was stopped from outside (e.g. the test run was cancelled) before its main task ended. */
public class LoopStoppedException extends IllegalStateException {

  @Serial private static final long serialVersionUID = 1L;

  LoopStoppedException(String message) {
    super(message);
  }
}
