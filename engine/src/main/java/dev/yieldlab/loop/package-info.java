/**
 * The event loop: one OS thread, a FIFO ready queue, a timer heap ordered by (deadline, sequence),
 * REAL and VIRTUAL clocks, and stackful coroutines on {@code jdk.internal.vm.Continuation}; and the
 * waiting primitives of {@link dev.yieldlab.api.Loop} (queues, locks, events, semaphores, conditions,
 * barriers, deferreds, select), timeouts, shields and scopes, all built on one waiting mechanism
 * ({@code WaitList}): a waker hands what it frees to the longest waiter, and a waiter cancelled
 * before it runs passes it on; and real I/O: an I/O driver ({@code IoDriver}) whose {@link
 * java.nio.channels.Selector} the idle loop waits in while a socket, a future or a thread call is
 * pending, non-blocking connections and servers (asyncio's streams), and the one way into the loop
 * from other threads, a queue of actions plus {@code Selector.wakeup()}.
 *
 * <p>It depends only on {@code dev.yieldlab.api}. Everything here runs on the loop's thread, so
 * nothing is synchronized (the single thread is the point of the model, as in {@code asyncio}), but
 * for that one way in from other threads.
 */
package dev.yieldlab.loop;
