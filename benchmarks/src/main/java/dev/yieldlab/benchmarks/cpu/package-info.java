/**
 * The seed's CPU-bound loop in its variants: plain, checking {@code i % N} without yielding, yielding
 * by hand every N iterations, and the plain bytecode with yield points injected by {@code
 * dev.yieldlab.instrument} every N back-edges, each run as the main coroutine of a loop. Their
 * differences are what a yield point costs.
 */
package dev.yieldlab.benchmarks.cpu;
