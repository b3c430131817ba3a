/**
 * What experiment authors touch: the annotations that declare an experiment ({@link
 * dev.yieldlab.api.Experiment}, {@link dev.yieldlab.api.Run}, {@link dev.yieldlab.api.Check}), the
 * coroutine loop as its bodies see it ({@link dev.yieldlab.api.Loop}, {@link dev.yieldlab.api.Task}),
 * the evidence a run leaves ({@link dev.yieldlab.api.Timeline}, {@link dev.yieldlab.api.Runs}) and
 * the AssertJ entry point that reads it ({@link dev.yieldlab.api.YieldlabAssertions}).
 *
 * <p>This package knows no other yieldlab package: the loop, the engine and the reports depend on
 * it, never the other way round.
 */
package dev.yieldlab.api;
