package dev.yieldlab.api.sync;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Items passed between coroutines: asyncio's {@code Queue} (also {@code LifoQueue}, {@code
 * PriorityQueue}), kotlinx's {@code Channel}. {@link #put} waits while the queue is full, {@link
 * #get} while it is empty; {@link #offer} and {@link #poll} never wait. Waiters are served in the
 * order they came, and a coroutine that arrives while others wait queues behind them.
 *
 * <p>A cancelled {@code get} takes no item and a cancelled {@code put} inserts none. {@link
 * #close()} (Python 3.13's {@code shutdown()}, kotlinx's {@code close()}) makes every later {@code
 * put} fail and lets getters take what is left, then fail with {@link QueueClosedException}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface Queue<T> {

  /** The capacity of a queue without one: {@link dev.yieldlab.api.Loop#queue(String)}. */
  int UNBOUNDED = Integer.MAX_VALUE;

  String name();

  /** Adds {@code item}, first waiting while the queue is full. Null items are refused. */
  void put(T item);

  /** Takes the next item (the oldest, the newest for LIFO, the least for priority), first waiting while there is none. */
  T get();

  /** Adds {@code item} if there is room now and nobody waits to put before it; never waits. */
  boolean offer(T item);

  /** Takes the next item if there is one now and nobody waits to get before it; null otherwise; never waits. */
  T poll();

  /** Items in the queue now. */
  int size();

  /** The most items it holds; {@link #UNBOUNDED} for none. */
  int capacity();

  /** Marks one item taken with {@code get} as processed, as asyncio's {@code task_done()}. */
  void taskDone();

  /** Waits until every item ever put has been marked done with {@link #taskDone()}, as asyncio's {@code join()}. */
  void join();

  /** Closes the queue: later puts fail, waiting putters fail, getters drain it and then fail. */
  void close();

  boolean isClosed();

  /** The items, got one at a time (waiting for each) until the queue is closed and empty: {@code for (x in channel)}. */
  Iterable<T> items();
}
