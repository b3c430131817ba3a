package dev.yieldlab.benchmarks.loop;

import dev.yieldlab.benchmarks.BenchmarkJvm;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import org.openjdk.jmh.annotations.Fork;

/**
 * The two switch benchmarks, whose ratio is a target, run in 4 forks rather than 2: on the shared
 * 2-core VMs they were developed on, a whole JVM's switches (the floor's as much as the loop's) run
 * in one of two speeds some 35 % apart, and 2 forks can both land on the slow one for one benchmark
 * and on the fast one for the other. Pinned to one CPU, every JVM runs at the fast speed.
 */
@Fork(value = 4, jvmArgsAppend = {BenchmarkJvm.ADD_EXPORTS, BenchmarkJvm.ALLOW_UNSAFE})
abstract class SwitchSettings extends BenchmarkSettings {}
