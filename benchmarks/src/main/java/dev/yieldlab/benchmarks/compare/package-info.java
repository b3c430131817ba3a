/**
 * The side-by-side comparison: {@link dev.yieldlab.benchmarks.compare.Compare} runs the JMH
 * benchmarks, the Java probes and the asyncio script, then prints one table (figure, yieldlab,
 * asyncio, ratio), the targets as met or missed, and the machine it ran on; the same text
 * becomes {@code docs/PERFORMANCE.md}. Nothing in that file is typed by hand.
 */
package dev.yieldlab.benchmarks.compare;
