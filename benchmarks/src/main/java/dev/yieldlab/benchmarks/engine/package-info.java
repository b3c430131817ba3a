/**
 * What the yieldlab JUnit engine costs per test: 1,000 trivial experiments discovered and executed
 * through the JUnit Platform Launcher, next to 1,000 trivial Jupiter tests in the same JVM. The
 * cases are generated with ASM at setup time into a class loader of their own, rather than written
 * as 2,000 source files that every build would have to compile.
 */
package dev.yieldlab.benchmarks.engine;
