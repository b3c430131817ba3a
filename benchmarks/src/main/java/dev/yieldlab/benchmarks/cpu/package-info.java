/**
 * The seed's CPU-bound loop in its variants: plain, checking {@code i % N} without yielding, and
 * yielding by hand every N iterations, each run as the main coroutine of a loop. Their differences
 * are what a yield point costs. The instrumented variant joins once {@code dev.yieldlab.instrument}
 * is merged (see {@link dev.yieldlab.benchmarks.cpu.SummingLoopBenchmark}).
 */
package dev.yieldlab.benchmarks.cpu;
