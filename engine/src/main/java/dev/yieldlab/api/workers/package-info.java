/**
 * Workers beside the loop, declared here and run by the engine: {@link
 * dev.yieldlab.api.workers.Workers} (N coroutines, processes, threads, threads under an emulated GIL or
 * virtual threads, each running a {@link dev.yieldlab.api.workers.CpuBody}), their {@link
 * dev.yieldlab.api.workers.WorkersResult} (spans, computing wall, GIL holds, the kernel's view), a
 * {@link dev.yieldlab.api.strand.StrandProgram} run on virtual threads ({@link
 * dev.yieldlab.api.workers.StrandRun}), and the post's own Python as a child process ({@link
 * dev.yieldlab.api.workers.PythonScript}, {@link dev.yieldlab.api.workers.PythonRun}).
 *
 * <p>These types describe; the engine runs them, found through {@link
 * dev.yieldlab.api.workers.WorkersRuntime} so that the api knows no engine package.
 */
package dev.yieldlab.api.workers;
