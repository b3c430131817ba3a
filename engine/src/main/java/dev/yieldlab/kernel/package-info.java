/**
 * The kernel's view of threads, read from Linux's {@code /proc}: context switches ({@code status}),
 * time on a CPU and waiting in a run queue ({@code schedstat}), a thread's state while it blocks
 * ({@code stat}, {@code wchan}), and the process's thread count; and how busy other processes and the
 * hypervisor kept the machine ({@link dev.yieldlab.kernel.MachineLoad}). Read at the start and end of runs
 * and workers, and by the stall watchdog from its own thread: never on the loop's switch path.
 *
 * <p>Where a file is missing (not Linux, a container that hides it) the figures say so with the
 * reason ({@link dev.yieldlab.api.kernel.Figure.Unavailable}) instead of a number. It depends on {@code
 * dev.yieldlab.api} only.
 */
package dev.yieldlab.kernel;
