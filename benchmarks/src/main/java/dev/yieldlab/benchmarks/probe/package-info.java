/**
 * Small mains for what JMH measures badly: how late a 1 s sleep wakes on the REAL clock (a
 * distribution of single events, not a throughput) and how much heap 100,000 sleeping coroutines
 * keep live (JMH's {@code -prof gc} reports allocation, not footprint). Each prints its figures as
 * {@link dev.yieldlab.benchmarks.probe.FigureLine}s, the format the asyncio side prints too.
 */
package dev.yieldlab.benchmarks.probe;
