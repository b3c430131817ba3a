package dev.yieldlab.instrument;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;

/**
 * A {@link YieldPolicy} in force on one thread for one run, the {@link YieldTarget} it yields to, and
 * what it did: how often instrumented code reached the slow path and how often that yielded. Close it
 * after the run (try-with-resources), on the thread it was installed on.
 *
 * <p>The counts are plain fields written by that thread; read them after the run, from that thread
 * or after joining it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InstalledPolicy implements AutoCloseable {

  private final YieldPolicy policy;
  private final YieldTarget target;
  private final Thread thread;
  private final QuantumTimer timer;
  /** Raised by this policy's timer once per quantum, taken by this thread's slow path. */
  private final AtomicBoolean quantumExpired = new AtomicBoolean();
  private long slowPaths;
  private long entryPaths;
  private long yields;
  private boolean closed;

  InstalledPolicy(YieldPolicy policy, YieldTarget target, Thread thread) {
    this.policy = policy;
    this.target = target;
    this.thread = thread;
    this.timer = policy.kind() == YieldPolicy.Kind.WALL_TIME ? new QuantumTimer(policy.interval(), this::expire) : null;
  }

  void start() {
    if (timer != null) {
      timer.start();
    }
  }

  public YieldPolicy policy() {
    return policy;
  }

  Thread thread() {
    return thread;
  }

  /** How many times instrumented code took the slow path (counter ran out or quantum expired). */
  public long slowPaths() {
    return slowPaths;
  }

  /** How many of those slow paths yielded a coroutine. */
  public long yields() {
    return yields;
  }

  int slowPath(String where) {
    slowPaths++;
    switch (policy.kind()) {
      case BACK_EDGES -> yieldAt(where);
      case WALL_TIME -> {
        if (takeQuantum()) {
          yieldAt(where);
          // The tick may have come while others ran: the resumed task starts a fresh quantum.
          takeQuantum();
        }
      }
      case NONE, POLL_ONLY -> { }
    }
    return policy.budget();
  }

  /** A method entry saw a quantum expired (some thread's): yields if it is this thread's. */
  void entryPath(String where) {
    if (policy.kind() == YieldPolicy.Kind.WALL_TIME) {
      entryPaths++;
      if (takeQuantum()) {
        yieldAt(where);
        takeQuantum();
      }
    }
  }

  /** How many times a method entry's poll found a quantum expired under this policy. */
  public long entryPaths() {
    return entryPaths;
  }

  private void yieldAt(String where) {
    if (target.yieldAt(where)) {
      yields++;
    }
  }

  /** The timer's tick: this thread's quantum has expired. */
  private void expire() {
    if (quantumExpired.compareAndSet(false, true)) {
      YieldPoints.quantumPending();
    }
  }

  private boolean takeQuantum() {
    if (quantumExpired.compareAndSet(true, false)) {
      YieldPoints.quantumTaken();
      return true;
    }
    return false;
  }

  /** Stops the timer (if any) and uninstalls the policy from its thread; idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    if (timer != null) {
      timer.stop();
    }
    takeQuantum();
    YieldPoints.uninstall(this);
    closed = true;
  }

  @Override
  public String toString() {
    return policy + ": " + slowPaths + " slow paths, " + entryPaths + " entry paths, " + yields + " yields";
  }
}
