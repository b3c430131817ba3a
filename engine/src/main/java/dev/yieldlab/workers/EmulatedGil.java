package dev.yieldlab.workers;

import dev.yieldlab.api.workers.GilHold;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * CPython's global interpreter lock, emulated: one fair lock a worker holds while it computes. A
 * holder that has had it for a switch interval while others wait lets go and queues again behind
 * them (the fair lock makes that a hand-over, as CPython's forced switching does), so threads take
 * turns on the CPU instead of sharing the CPUs.
 */
final class EmulatedGil {

  private final ReentrantLock lock = new ReentrantLock(true);
  private final long switchIntervalNanos;
  /** Guarded by {@link #lock}: only the holder appends, so the list is itself evidence of serialization. */
  private final List<GilHold> holds = new ArrayList<>();
  private long heldSinceNanoTime;
  private long heldSinceEpochNanos;

  EmulatedGil(Duration switchInterval) {
    this.switchIntervalNanos = switchInterval.toNanos();
  }

  void acquire() {
    lock.lock();
    heldSinceNanoTime = System.nanoTime();
    heldSinceEpochNanos = EpochNanos.now();
  }

  void release(String worker) {
    holds.add(new GilHold(worker, heldSinceEpochNanos, EpochNanos.now()));
    lock.unlock();
  }

  /** Hands the lock to the longest waiter if this holder's interval is up; nothing when no one waits. */
  void handOverIfDue(String worker) {
    if (System.nanoTime() - heldSinceNanoTime >= switchIntervalNanos && lock.hasQueuedThreads()) {
      release(worker);
      acquire();
    }
  }

  List<GilHold> holds() {
    lock.lock();
    try {
      return List.copyOf(holds);
    } finally {
      lock.unlock();
    }
  }
}
