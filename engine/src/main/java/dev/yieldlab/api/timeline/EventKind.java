package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What happened at one point of a {@link Timeline}: to a coroutine of the loop, or (the {@code
 * WORKER_} kinds, {@link #isOutside()}) to a worker outside it, a thread or child process whose
 * stretches of computing are recorded after the fact ({@link dev.yieldlab.api.Loop#recordOutside}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum EventKind {
  /** Created by {@code spawn}; it runs once the spawner suspends. */
  SPAWN,
  /** Ran for the first time. */
  START,
  /** Printed a line of the post-style log. */
  LOG,
  /** Gave the thread to the other ready coroutines ({@code sleep(0)}). */
  YIELD,
  /** Got the thread back after a yield, sleep or wait. */
  RESUME,
  /** Suspended until a deadline. */
  SLEEP,
  /** Its deadline passed and it became ready again. */
  WAKE,
  /**
   * Suspended until other tasks end ({@code join}, {@code gather}), a waiting primitive lets it go on,
   * or something outside the loop happens (a socket, a future, a thread: {@link EventSubject.IoWait}).
   */
  WAIT,
  /**
   * Used a waiting primitive without waiting (any more): put or got an item, acquired or released a
   * lock or a permit, set an event, completed a deferred; or a timeout fired. An instant, not a state.
   */
  SYNC,
  /** Returned normally. */
  END,
  /** Ended with an exception. */
  FAIL,
  /** Ended because it was cancelled. */
  CANCEL,
  /**
   * Gave the loop's thread back (or ended) after holding it longer than the stall threshold: its
   * stretch froze every other coroutine ({@link EventSubject.Stall}).
   */
  STALL,
  /** A worker outside the loop computes from here: it started, or it got the (emulated) GIL back. */
  WORKER_RUN,
  /** A worker outside the loop is alive but not computing from here: it waits for the GIL. */
  WORKER_PAUSE,
  /** A worker outside the loop finished computing. */
  WORKER_END,
  /** A worker outside the loop printed a line: e.g. the post's own Python, rerun as a reference. */
  WORKER_LOG,
  /**
   * A virtual thread in a child JVM went to sleep until a deadline ({@link EventSubject.Sleep}): it
   * left its carrier.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  WORKER_SLEEP,
  /** A virtual thread called {@code Thread.yield()}: it left its carrier and is queued to run again. */
  @API(status = EXPERIMENTAL, since = "0.2")
  WORKER_YIELD,
  /** A virtual thread parked (a join, a monitor, {@code Object.wait}) and left its carrier. */
  @API(status = EXPERIMENTAL, since = "0.2")
  WORKER_PARK,
  /**
   * A virtual thread was unparked (its sleep's timer fired, or whatever it waited for happened): it
   * can run, queued for a carrier, not yet mounted.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  WORKER_WAKE;

  /** Whether this happened outside the loop's coroutines: to a worker thread, child process or virtual thread. */
  public boolean isOutside() {
    return ordinal() >= WORKER_RUN.ordinal();
  }
}
