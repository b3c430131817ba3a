/**
 * Yield-point injection: runs a CPU-bound coroutine body that was written without yields as a
 * variant that shares the loop, by re-defining the experiment's classes with a poll at every loop
 * back-edge (as Lincheck's loop transformer does).
 *
 * <p>Pieces, one job each:
 * <ul>
 *   <li>{@link dev.yieldlab.instrument.Instrumentation}: the engine's entry point; makes an
 *       instrumented copy of an experiment class.</li>
 *   <li>{@link dev.yieldlab.instrument.InstrumentingClassLoader}: child-first for the selected
 *       classes ({@link dev.yieldlab.instrument.ClassSelection}), parent-first for everything else,
 *       so the copy shares the framework's {@code Loop} and api types.</li>
 *   <li>{@code BackEdgeDetector} finds backward jumps; {@code YieldPollInjector} rewrites them to
 *       poll; {@code YieldPointClassVisitor} applies both to methods that have loops;
 *       {@code HierarchyClassWriter} recomputes frames against the instrumenting loader.</li>
 *   <li>{@link dev.yieldlab.instrument.YieldPoints}: the one static facade injected code calls;
 *       {@link dev.yieldlab.instrument.YieldPolicy} says how often it yields, installed on a run's
 *       loop thread, and {@link dev.yieldlab.instrument.YieldTarget} is where it yields to: the
 *       loop, bound by the engine.</li>
 * </ul>
 *
 * <p>It depends on {@code dev.yieldlab.api} and ASM only; it reaches the loop through {@link
 * dev.yieldlab.instrument.YieldTarget}, which the engine binds to the loop of a run.
 */
package dev.yieldlab.instrument;
