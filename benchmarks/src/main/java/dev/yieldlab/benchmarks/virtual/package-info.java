/**
 * Java's own coroutines measured beside the loop: a virtual thread's {@code Thread.yield()} among ten
 * on one carrier, a park/unpark ping-pong, start + join. Each forks a JVM whose scheduler has one
 * carrier ({@code -Djdk.virtualThreadScheduler.parallelism=1}), the loop's one thread's twin.
 */
package dev.yieldlab.benchmarks.virtual;
