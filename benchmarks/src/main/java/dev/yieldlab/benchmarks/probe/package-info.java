/**
 * Small mains for what JMH measures badly, each in a fresh JVM: how late a 1 s sleep wakes on the
 * REAL clock (a distribution of single events, not a throughput), how much heap sleeping coroutines
 * keep live (JMH's {@code -prof gc} reports allocation, not footprint), sleepers of both kinds, the
 * echo round trip's distribution, where the echo loop's time goes (kernel or user CPU), and overheads
 * of a few per cent that only a paired measurement in one JVM can see. Each prints its figures as
 * {@link dev.yieldlab.benchmarks.probe.FigureLine}s, the format the asyncio side prints too.
 */
package dev.yieldlab.benchmarks.probe;
