package dev.yieldlab.instrument;

import java.util.concurrent.locks.LockSupport;

/**
 * The wall-time policy's clock: a daemon thread that tells its policy once per quantum, which raises
 * {@link YieldPoints#quantumExpired}. Instrumented code only reads a volatile flag, so the loop thread
 * never asks for the time on its hot path (CPython's eval loop polls its "drop request" flag the same way).
 */
final class QuantumTimer {

  private final long quantumNanos;
  private final Runnable tick;
  private final Thread thread;
  private volatile boolean stopped;

  QuantumTimer(long quantumNanos, Runnable tick) {
    this.quantumNanos = quantumNanos;
    this.tick = tick;
    this.thread = Thread.ofPlatform().daemon().name("yieldlab-quantum-timer").unstarted(this::tick);
  }

  void start() {
    thread.start();
  }

  void stop() {
    stopped = true;
    LockSupport.unpark(thread);
    try {
      thread.join();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void tick() {
    long next = System.nanoTime() + quantumNanos;
    while (!stopped) {
      long wait = next - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
        continue; // re-check: parkNanos may return early
      }
      tick.run();
      // From now, not from the missed tick: a late timer must not fire a burst of catch-up ticks.
      next = System.nanoTime() + quantumNanos;
    }
  }
}
