package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What happened to a coroutine at one point of a {@link Timeline}. */
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
  /** Suspended until other tasks end ({@code join}, {@code gather}). */
  WAIT,
  /** Returned normally. */
  END,
  /** Ended with an exception. */
  FAIL,
  /** Ended because it was cancelled. */
  CANCEL
}
