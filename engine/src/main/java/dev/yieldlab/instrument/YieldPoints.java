package dev.yieldlab.instrument;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The one class instrumented code calls. At entry to a method with loops it reads {@link
 * #interval()} into a fresh local counter; at every back-edge taken it runs
 *
 * <pre>{@code if (--counter <= 0 || YieldPoints.quantumExpired) counter = YieldPoints.slowPath("pkg/Cls.method(desc)");}</pre>
 *
 * <p>Why this shape: measured on a 1 ns/iteration summing loop, a counter in a local slot and a
 * read of a {@code volatile boolean} cost 0-2 % each, while a call per back-edge that decrements a
 * static counter costs +170 %. Everything expensive (the policy, the loop, the deadline) lives
 * behind {@link #slowPath}, which runs once per interval.
 *
 * <p>Thread assumptions: the installed policy is global. One loop thread runs instrumented code at a
 * time, between {@link #install} and {@link InstalledPolicy#close()}; the engine installs before a
 * run and closes after it. Instrumented code on any other thread (or outside a coroutine) still
 * polls, but its slow path never yields. Methods already running when a policy is installed keep the
 * budget they read at entry until their next slow path.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class YieldPoints {

  static final String INTERNAL_NAME = "dev/yieldlab/instrument/YieldPoints";

  /**
   * Raised by the wall-time policy's timer once per quantum and polled at every back-edge; lowered by
   * the slow path. Public only because injected code in other packages reads it.
   */
  @API(status = INTERNAL, since = "0.1")
  public static volatile boolean quantumExpired;

  /** What a method's counter starts at and is reset to; "never" while no policy is installed. */
  private static volatile int budget = Integer.MAX_VALUE;

  private static volatile InstalledPolicy installed;

  private YieldPoints() {}

  /** Back-edges until the first slow path: injected at entry to every method with a back-edge. */
  @API(status = INTERNAL, since = "0.1")
  public static int interval() {
    return budget;
  }

  /**
   * Injected at a back-edge when the counter ran out or the quantum expired: applies the installed
   * policy (which may yield the current coroutine, or fail it if its run is past its deadline, naming
   * {@code where}) and returns the counter's next budget. Without a policy, or outside a coroutine,
   * it does nothing.
   */
  @API(status = INTERNAL, since = "0.1")
  public static int slowPath(String where) {
    InstalledPolicy policy = installed;
    return policy == null ? Integer.MAX_VALUE : policy.slowPath(where);
  }

  /**
   * Makes {@code policy} the one instrumented code follows until the returned handle is closed. Use
   * try-with-resources around a run.
   *
   * @throws IllegalStateException if another policy is still installed
   */
  public static synchronized InstalledPolicy install(YieldPolicy policy) {
    InstalledPolicy current = installed;
    if (current != null) {
      throw new IllegalStateException("cannot install '" + policy + "': '" + current.policy()
          + "' is still installed; only one run may execute instrumented code at a time, close the first one");
    }
    InstalledPolicy next = new InstalledPolicy(policy);
    quantumExpired = false;
    budget = policy.budget();
    installed = next;
    next.start();
    return next;
  }

  /** The policy in force, or {@code null}. */
  public static YieldPolicy installedPolicy() {
    InstalledPolicy current = installed;
    return current == null ? null : current.policy();
  }

  static synchronized void uninstall(InstalledPolicy policy) {
    if (installed == policy) {
      installed = null;
      budget = Integer.MAX_VALUE;
      quantumExpired = false;
    }
  }
}
