package dev.yieldlab.loop;

/** Where a task is in its life; only the loop changes it. */
enum TaskState {
  /** Spawned, in the ready queue, not yet run. */
  NEW,
  /** In the ready queue after a yield, a wake-up or a cancellation. */
  READY,
  /** Holding the loop's thread. */
  RUNNING,
  /** Waiting for a timer. */
  SLEEPING,
  /** Waiting for other tasks to end. */
  WAITING,
  /** Returned, failed or was cancelled. */
  DONE
}
