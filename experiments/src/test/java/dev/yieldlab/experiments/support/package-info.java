/**
 * What several experiments share, so that each experiment's file holds its own claim's runs and
 * checks and nothing another needs: the post's Python scripts ({@code PostsPython}), the CPU work and
 * workload sizes, the one-vs-N measurement of C5 and C6 ({@code Parallelism}), the C3/C4 strand and
 * how its sleeper woke, the kernel's per-thread counters and GC pauses, the summary table, the
 * asyncio future helpers of the E4 ports, and small formatting.
 */
package dev.yieldlab.experiments.support;
