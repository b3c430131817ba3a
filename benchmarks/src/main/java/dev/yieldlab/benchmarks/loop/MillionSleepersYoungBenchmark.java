package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.benchmarks.BenchmarkJvm;
import org.openjdk.jmh.annotations.Fork;

/**
 * {@link MillionSleepersBenchmark} in a JVM whose young generation holds every sleeper ({@code -Xmn2g}).
 * With the default sizing G1 starts with a small young generation and grows it while the million
 * coroutines are started, and each young pause copies the live ones (their frozen stacks, 320 bytes
 * each, and the loop's records of them) to a survivor space and then to the old generation: in one
 * run 1.4 s of young pauses out of 3.9 s. Sized to hold them, no young pause comes before they sleep.
 * Both rows are shown; the option is what a million-coroutine run of one's own wants too.
 */
@Fork(value = 1, jvmArgsAppend = {BenchmarkJvm.ADD_EXPORTS, BenchmarkJvm.ALLOW_UNSAFE, "-Xmn2g"})
public class MillionSleepersYoungBenchmark extends MillionSleepersBenchmark {}
