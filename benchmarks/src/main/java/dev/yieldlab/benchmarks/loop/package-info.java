/**
 * JMH benchmarks of {@link dev.yieldlab.loop.EventLoop}: coroutine switches next to the bare
 * {@code Continuation} floor, spawn and join, gather, the timer heap, 100,000 sleeping coroutines, and
 * the waiting primitives: queue handoff, uncontended and contended locks, event handoff, a timeout
 * that does not fire next to a plain sleep's timer.
 *
 * <p>Every benchmark runs a fresh loop per invocation and divides by the work done in it, because a
 * loop records every event in its timeline: one loop kept across a whole JMH iteration would grow
 * without bound and measure the garbage collector instead.
 */
package dev.yieldlab.benchmarks.loop;
