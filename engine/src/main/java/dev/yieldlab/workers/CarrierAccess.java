package dev.yieldlab.workers;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ForkJoinPool;

/**
 * What the JDK does not tell a virtual thread's observers: the carrier it is mounted on (the field
 * {@code java.lang.VirtualThread.carrierThread}) and the parallelism of the default scheduler (its
 * {@code DEFAULT_SCHEDULER} pool). Read by reflection in a child JVM started with {@code --add-opens
 * java.base/java.lang=ALL-UNNAMED}; one volatile read per look, no lock, so watching costs the
 * watched threads nothing.
 */
final class CarrierAccess {

  private static final VarHandle CARRIER;
  private static final ForkJoinPool SCHEDULER;

  static {
    try {
      Class<?> virtualThread = Class.forName("java.lang.VirtualThread");
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(virtualThread, MethodHandles.lookup());
      CARRIER = lookup.findVarHandle(virtualThread, "carrierThread", Thread.class);
      SCHEDULER = (ForkJoinPool) lookup.findStaticVarHandle(virtualThread, "DEFAULT_SCHEDULER", ForkJoinPool.class).get();
    } catch (ReflectiveOperationException | IllegalAccessError | RuntimeException e) {
      throw new IllegalStateException("cannot read virtual threads' carriers: this child JVM needs --add-opens"
          + " java.base/java.lang=ALL-UNNAMED on its command line (ChildCommand adds it for VIRTUAL_THREADS): " + e, e);
    }
  }

  private CarrierAccess() {}

  /** The name of the carrier {@code thread} is mounted on, or {@code ""} when it is not mounted (or not virtual). */
  static String carrierOf(Thread thread) {
    if (!thread.isVirtual()) {
      return "";
    }
    Thread carrier = (Thread) CARRIER.getVolatile(thread);
    return carrier == null ? "" : carrier.getName();
  }

  /**
   * How many tasks the default scheduler's carriers took from its queues ({@link
   * ForkJoinPool#getStealCount()}): a virtual thread started, re-queued by {@code Thread.yield()}, or
   * woken through a timer task each adds one; one that never unmounts adds none.
   */
  static long schedulerTasksTaken() {
    return SCHEDULER.getStealCount();
  }

  /** How many carriers the JDK's default scheduler may run at once: what {@code jdk.virtualThreadScheduler.parallelism} set. */
  static int schedulerParallelism() {
    return SCHEDULER.getParallelism();
  }
}
