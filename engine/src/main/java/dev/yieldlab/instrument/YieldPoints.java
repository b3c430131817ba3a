package dev.yieldlab.instrument;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
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
 * <p>A policy belongs to the thread it is {@linkplain #install installed} on, which is a loop's
 * thread: the loop runs every coroutine of its run there, so the policy is the run's, and two runs
 * with different policies can execute instrumented code at once on their own threads. Instrumented
 * code on a thread without a policy still polls, but its slow path never yields. Methods already
 * running when a policy is installed keep the budget they read at entry until their next slow path.
 *
 * <p>{@link #quantumExpired} is the one process-wide piece, because injected code reads it as a
 * static field (a field of the thread's policy would cost a load per back-edge): it is raised while
 * any thread's wall-time quantum has expired and not yet been taken, and each slow path takes only
 * its own thread's. A back-edge policy running while another thread's quantum is pending may thus
 * reach its slow path, and yield, up to one interval early; runs the engine executes one after the
 * other never see that.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class YieldPoints {

  static final String INTERNAL_NAME = "dev/yieldlab/instrument/YieldPoints";

  /**
   * Raised while some thread's wall-time quantum has expired and its slow path has not taken it yet;
   * polled at every back-edge. Public only because injected code in other packages reads it.
   */
  @API(status = INTERNAL, since = "0.1")
  public static volatile boolean quantumExpired;

  /**
   * The same flag for the method-entry poll, which reads it as a plain field: read as a volatile,
   * the entry poll cost fib(30) +15 to +17 % (paired in one JVM), because C2 orders a volatile (or
   * opaque) read against everything around it, in each of the inlined recursive copies; read plain,
   * +3.8 %. A plain read has no visibility guarantee in the Java memory model, but the entry poll
   * exists for recursion, and between two entries of a recursive method there is always a call the
   * JIT did not inline, after which HotSpot reads a static field afresh. Loops keep their volatile
   * back-edge poll. Written only with {@link #ENTRY_FLAG}'s volatile stores, in the same order as
   * {@link #quantumExpired}, so that a quantum raised while another is taken is never lost here.
   */
  @API(status = INTERNAL, since = "0.3")
  public static boolean quantumExpiredAtEntry;

  private static final VarHandle ENTRY_FLAG;

  static {
    try {
      ENTRY_FLAG = MethodHandles.lookup().findStaticVarHandle(YieldPoints.class, "quantumExpiredAtEntry", boolean.class);
    } catch (ReflectiveOperationException impossible) {
      throw new ExceptionInInitializerError(impossible);
    }
  }

  /** Expired quanta not yet taken, over all threads: {@link #quantumExpired} is up while it is above 0. */
  private static final AtomicInteger PENDING_QUANTA = new AtomicInteger();

  /** The policy of each thread that has one. */
  private static final ThreadLocal<InstalledPolicy> INSTALLED = new ThreadLocal<>();

  /** Threads with a policy: while there are none, a method entry skips the thread-local lookup. */
  private static final AtomicInteger INSTALLED_THREADS = new AtomicInteger();

  private YieldPoints() {}

  /** Back-edges until the first slow path: injected at entry to every method with a back-edge. */
  @API(status = INTERNAL, since = "0.1")
  public static int interval() {
    if (INSTALLED_THREADS.get() == 0) {
      return Integer.MAX_VALUE;
    }
    InstalledPolicy policy = INSTALLED.get();
    return policy == null ? Integer.MAX_VALUE : policy.policy().budget();
  }

  /**
   * Injected at a back-edge when the counter ran out or a quantum expired: applies this thread's
   * policy (which may yield the current coroutine, or fail it if its run is past its deadline, naming
   * {@code where}) and returns the counter's next budget. Without a policy it does nothing.
   */
  @API(status = INTERNAL, since = "0.1")
  public static int slowPath(String where) {
    InstalledPolicy policy = INSTALLED.get();
    return policy == null ? Integer.MAX_VALUE : policy.slowPath(where);
  }

  /**
   * Injected at a method's entry when {@link #quantumExpired} is up: the slow path of a wall-time
   * policy (which yields if this thread's quantum expired); nothing for the other policies.
   */
  @API(status = INTERNAL, since = "0.3")
  public static void entryPath(String where) {
    InstalledPolicy policy = INSTALLED.get();
    if (policy != null) {
      policy.entryPath(where);
    }
  }

  /**
   * Makes {@code policy} the one instrumented code on the calling thread follows, yielding to {@code
   * target} (the loop that runs on this thread, {@code loop::preemptAt}), until the returned handle
   * is closed. Use try-with-resources around a run.
   *
   * @throws IllegalStateException if this thread has a policy already
   */
  public static InstalledPolicy install(YieldPolicy policy, YieldTarget target) {
    InstalledPolicy current = INSTALLED.get();
    if (current != null) {
      throw new IllegalStateException("cannot install '" + policy + "' on thread '" + Thread.currentThread().getName()
          + "': '" + current.policy() + "' is still installed there; one policy per loop thread, close the first one");
    }
    InstalledPolicy next = new InstalledPolicy(policy, target, Thread.currentThread());
    INSTALLED.set(next);
    INSTALLED_THREADS.incrementAndGet();
    next.start();
    return next;
  }

  /** The policy in force on the calling thread, or {@code null}. */
  public static YieldPolicy installedPolicy() {
    InstalledPolicy current = INSTALLED.get();
    return current == null ? null : current.policy();
  }

  /** How many threads have a policy installed now: 0 once every run has closed its own. */
  public static int threadsWithAPolicy() {
    return INSTALLED_THREADS.get();
  }

  static void uninstall(InstalledPolicy policy) {
    if (Thread.currentThread() != policy.thread()) {
      throw new IllegalStateException("policy '" + policy.policy() + "' was installed on thread '"
          + policy.thread().getName() + "' and must be closed there, not on '" + Thread.currentThread().getName() + "'");
    }
    if (INSTALLED.get() == policy) {
      INSTALLED.remove();
      INSTALLED_THREADS.decrementAndGet();
    }
  }

  /** A thread's quantum expired: raise the flag every back-edge polls. */
  static void quantumPending() {
    PENDING_QUANTA.incrementAndGet();
    raise(true);
  }

  private static void raise(boolean expired) {
    quantumExpired = expired;
    ENTRY_FLAG.setVolatile(expired);
  }

  /**
   * A thread took its expired quantum: lower the flag if no other thread's is pending. Lowered before
   * the count is read again, so that a quantum raised meanwhile raises it anew rather than being lost.
   */
  static void quantumTaken() {
    if (PENDING_QUANTA.decrementAndGet() == 0) {
      raise(false);
      if (PENDING_QUANTA.get() > 0) {
        raise(true);
      }
    }
  }
}
