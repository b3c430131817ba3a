/**
 * The event loop: one OS thread, a FIFO ready queue, a timer heap ordered by (deadline, sequence),
 * REAL and VIRTUAL clocks, and stackful coroutines on {@code jdk.internal.vm.Continuation}.
 *
 * <p>It depends only on {@code dev.yieldlab.api}. Everything here runs on the loop's thread, so
 * nothing is synchronized: the single thread is the point of the model, as in {@code asyncio}.
 */
package dev.yieldlab.loop;
