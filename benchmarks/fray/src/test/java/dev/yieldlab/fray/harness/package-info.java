/**
 * What run.sh drives: one JVM per race, scheduler and run ({@code FrayBench}: the tests through the
 * JUnit Platform launcher, timed, with Fray's own log read beside them), the TSV row it appends, the
 * summary of the rows, and the depth-2 PCT that {@code @FrayTest} cannot name by itself.
 */
package dev.yieldlab.fray.harness;
