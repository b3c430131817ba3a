package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a task was doing during one stretch of its timeline ({@link Span}). A worker outside the loop
 * (a thread or child process) has stretches too: computing is RUNNING, waiting for the (emulated) GIL
 * is READY.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum SpanKind {
  /** Had the loop's thread (a worker: was computing). */
  RUNNING("running", "computing"),
  /** Could run, waiting for its turn in the ready queue after spawn, yield or wake-up (a worker: for the GIL). */
  READY("ready, queued", "waiting for the GIL"),
  /** Suspended until a deadline ({@code sleep}). */
  SLEEPING("sleeping", "sleeping"),
  /** Suspended until other tasks end ({@code join}, {@code gather}). */
  WAITING("waiting on tasks", "waiting on tasks"),
  /**
   * Suspended on a waiting primitive: a queue, lock, event, semaphore, condition, barrier, deferred
   * or select ({@link Span#label()} names which).
   */
  WAITING_FOR_PRIMITIVE("waiting for a primitive", "waiting for a primitive"),
  /**
   * Suspended until something outside the loop's coroutines happens, which the loop waits for in its
   * selector: a socket's data or room, a connection, a future another thread completes, a call on
   * another thread ({@link Span#label()} names which).
   */
  WAITING_FOR_IO("waiting for I/O", "waiting for I/O");

  private final String label;
  private final String workerLabel;

  SpanKind(String label, String workerLabel) {
    this.label = label;
    this.workerLabel = workerLabel;
  }

  /** How a stretch of this kind reads for a coroutine: {@code ready, queued}. */
  public String label() {
    return label;
  }

  /** How a stretch of this kind reads for a worker outside the loop: {@code waiting for the GIL}. */
  public String workerLabel() {
    return workerLabel;
  }
}
