package dev.yieldlab.instrument;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.loop.EventLoop;
import org.apiguardian.api.API;

/**
 * A {@link YieldPolicy} in force for one run, and what it did: how often instrumented code reached
 * the slow path and how often that yielded. Close it after the run (try-with-resources).
 *
 * <p>The counts are plain fields written by the thread that runs instrumented code; read them after
 * the run, from that thread or after joining it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InstalledPolicy implements AutoCloseable {

  private final YieldPolicy policy;
  private final QuantumTimer timer;
  private long slowPaths;
  private long yields;
  private boolean closed;

  InstalledPolicy(YieldPolicy policy) {
    this.policy = policy;
    this.timer = policy.kind() == YieldPolicy.Kind.WALL_TIME ? new QuantumTimer(policy.interval()) : null;
  }

  void start() {
    if (timer != null) {
      timer.start();
    }
  }

  public YieldPolicy policy() {
    return policy;
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
        if (YieldPoints.quantumExpired) {
          YieldPoints.quantumExpired = false;
          yieldAt(where);
          // The tick may have come while others ran: the resumed task starts a fresh quantum.
          YieldPoints.quantumExpired = false;
        }
      }
      case NONE, POLL_ONLY -> { }
    }
    return policy.budget();
  }

  private void yieldAt(String where) {
    if (EventLoop.preemptionPoint(where)) {
      yields++;
    }
  }

  /** Stops the timer (if any) and uninstalls the policy; idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (timer != null) {
      timer.stop();
    }
    YieldPoints.uninstall(this);
  }

  @Override
  public String toString() {
    return policy + ": " + slowPaths + " slow paths, " + yields + " yields";
  }
}
