/**
 * yieldlab's performance evidence: JMH benchmarks of the loop ({@code .loop}), of CPU-bound bodies
 * with and without yield points ({@code .cpu}) and of the JUnit engine ({@code .engine}), small
 * probes for what JMH measures badly ({@code .probe}: timer lag, heap of sleeping coroutines), and
 * the driver that runs all of them next to CPython's asyncio and writes {@code docs/PERFORMANCE.md}
 * ({@code .compare}).
 */
package dev.yieldlab.benchmarks;
