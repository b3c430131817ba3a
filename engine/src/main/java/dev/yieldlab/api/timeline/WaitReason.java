package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a wait on a primitive waits for ({@link EventSubject.PrimitiveWait#because()}). */
@API(status = EXPERIMENTAL, since = "0.2")
public enum WaitReason {
  /** A queue has no item (for this getter). */
  EMPTY,
  /** A queue has no room (for this putter). */
  FULL,
  /** Items put into a queue are not all marked done yet. */
  UNFINISHED_ITEMS,
  /** Another task holds the lock. */
  HELD,
  /** No permit is free (for this task). */
  NO_PERMIT,
  /** The event is not set. */
  NOT_SET,
  /** The deferred has not ended. */
  PENDING,
  /** A condition's signal. */
  SIGNAL,
  /** A barrier's round is not full. */
  ARRIVALS,
  /** None of a select's clauses can go. */
  ANY_CLAUSE
}
