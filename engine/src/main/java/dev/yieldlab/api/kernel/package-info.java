/**
 * What the operating system counted for a run's threads, read from Linux's /proc ({@link
 * dev.yieldlab.api.kernel.KernelView}, {@link dev.yieldlab.api.kernel.KernelCounters}), each figure
 * known or saying why not ({@link dev.yieldlab.api.kernel.Figure}), and the assertions on them
 * ({@link dev.yieldlab.api.kernel.KernelAssert}).
 */
package dev.yieldlab.api.kernel;
