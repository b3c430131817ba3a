/**
 * The same CPU-bound body run as several workers of one kind: coroutines on the caller's loop, child
 * JVM processes, Java platform threads, or Java threads under an emulated GIL; optionally all pinned
 * to one CPU. Each worker reports when it computed (epoch nanoseconds, a time base shared by every
 * process of the machine) and how much CPU it used, so a result shows whether workers ran in
 * parallel, time-sliced or one after the other, not only how long they took together.
 *
 * <p>Child processes are started without a shell, with the running JVM's own {@code java} and class
 * path, and never outlive the run: they are killed on timeout and failure, and they halt by
 * themselves when their parent dies (their stdin reaches end of file).
 *
 * <p>It depends on {@code dev.yieldlab.api} (the {@link dev.yieldlab.api.Loop} coroutine workers run
 * on) and {@code dev.yieldlab.loop} (the loop a pinned child JVM runs its workers on).
 */
package dev.yieldlab.workers;
