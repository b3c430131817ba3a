/**
 * yieldlab's performance evidence: JMH benchmarks of the loop ({@code .loop}), of CPU-bound bodies
 * with and without yield points ({@code .cpu}), of the JUnit engine ({@code .engine}) and of real
 * sockets ({@code .io}: loopback echo), small probes for what JMH measures badly ({@code .probe}:
 * timer lag, heap of sleeping coroutines, echo round-trip percentiles), and
 * the driver that runs all of them next to CPython's asyncio and writes {@code docs/PERFORMANCE.md}
 * ({@code .compare}).
 */
package dev.yieldlab.benchmarks;
