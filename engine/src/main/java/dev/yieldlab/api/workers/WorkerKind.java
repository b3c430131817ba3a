package dev.yieldlab.api.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How the workers of one run execute: the four approaches the seed post compares, plus Java threads and virtual threads. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum WorkerKind {
  /**
   * Coroutines on the caller's loop that never yield, like a CPU-bound {@code async def}: one OS
   * thread runs them one after the other.
   */
  COROUTINES,
  /** Child JVMs, one per worker, like {@code multiprocessing.Process}: the OS schedules them. */
  PROCESSES,
  /** Java platform threads of this JVM: the OS schedules them, and Java has no GIL. */
  THREADS,
  /**
   * Java platform threads that compute only while holding one fair lock, handed over every switch
   * interval: CPython's GIL, emulated.
   */
  GIL_THREADS,
  /**
   * Java virtual threads in a child JVM whose scheduler has {@link Workers#carriers(int) carriers}
   * carrier threads ({@code -Djdk.virtualThreadScheduler.parallelism}, JVM-wide, hence the child):
   * the JDK's own coroutines, mounted on carriers, never time-sliced.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  VIRTUAL_THREADS
}
