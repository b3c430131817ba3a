package dev.yieldlab.loop;

import java.io.Serial;

/**
 * The loop stopped a run that polled with {@code yieldNow()} while a timer waited on the VIRTUAL
 * clock, where time cannot move on while some task is always ready: the run would never end.
 */
public final class BusyPollingException extends LoopStoppedException {

  @Serial private static final long serialVersionUID = 1L;

  BusyPollingException(String message) {
    super(message);
  }
}
