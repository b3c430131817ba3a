package dev.yieldlab.junit;

import dev.yieldlab.kernel.ProcFs;
import dev.yieldlab.kernel.ThreadCounters;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The platform threads loops run on, kept from run to run: starting a thread per run cost more than
 * all the rest of the engine's work for a trivial experiment (see docs/PERFORMANCE.md, engine
 * overhead). A run takes an idle thread, or starts one if none is idle, so a thread that an abandoned
 * run still holds is simply never offered again. An idle thread ends after {@link #IDLE_LIFETIME}.
 *
 * <p>A thread is idle again before the caller learns the run's result, so a caller that starts its
 * next run at once gets the same thread rather than a new one.
 */
final class LoopThreads {

  /** How long an idle loop thread waits for the next run before it ends. */
  static final Duration IDLE_LIFETIME = Duration.ofSeconds(30);

  /** The name of a loop thread between runs. */
  static final String IDLE_NAME = "yieldlab-loop (idle)";

  /**
   * How long either side of a hand-over looks for the other before it parks: a loop thread for its
   * next run, the engine for a run's outcome. Waking a parked thread costs a futex call and, on a VM
   * whose other vCPU sleeps, the hypervisor's wake-up of that vCPU: two per run, which a trivial
   * experiment's whole run did not take. A run that starts or ends within this time is handed over
   * without either; past it, both park as before. Never on one CPU, where looking would only keep
   * the other thread from running.
   */
  static final Duration HAND_OVER_SPIN = Duration.ofNanos(
      Runtime.getRuntime().availableProcessors() > 1 ? 200_000 : 0);

  /** Idle threads, the most recently used first (its caches are the warmest). Guarded by itself. */
  private static final Deque<LoopThread> IDLE = new ArrayDeque<>();

  /** A loop thread's own kernel counters, open for the thread's life and closed when it ends. */
  private static final ThreadLocal<ThreadCounters> COUNTERS = new ThreadLocal<>();

  private LoopThreads() {}

  /** The calling loop thread's kernel counters: only a loop thread has them (an engine bug otherwise). */
  static ThreadCounters counters() {
    ThreadCounters counters = COUNTERS.get();
    if (counters == null) {
      throw new IllegalStateException(Thread.currentThread() + " is not a loop thread: only LoopThreads.run runs a loop");
    }
    return counters;
  }

  /**
   * Runs {@code work} on a loop thread named {@code threadName}, with its interrupt flag cleared;
   * once that thread is idle again, hands the result to {@code done} (on the loop thread).
   */
  static <T> void run(String threadName, Supplier<T> work, Consumer<T> done) {
    LoopThread thread;
    synchronized (IDLE) {
      thread = IDLE.pollFirst();
    }
    if (thread == null) {
      thread = new LoopThread();
      Thread.ofPlatform().name(IDLE_NAME).daemon(true).start(thread);
    }
    thread.hand(() -> {
      Thread current = Thread.currentThread();
      current.setName(threadName);
      Thread.interrupted(); // a flag a previous run left set is not this run's
      T result;
      try {
        result = work.get();
      } finally {
        current.setName(IDLE_NAME);
      }
      return () -> done.accept(result);
    });
  }

  /**
   * Looks at {@code ready} for up to {@link #HAND_OVER_SPIN}, letting other threads run between looks;
   * returns whether it became true.
   */
  static boolean awaitBriefly(BooleanSupplier ready) {
    long until = System.nanoTime() + HAND_OVER_SPIN.toNanos();
    while (!ready.getAsBoolean()) {
      if (System.nanoTime() - until >= 0) {
        return false;
      }
      Thread.yield();
    }
    return true;
  }

  /** One loop thread: runs the jobs it is handed, one at a time, and waits idle in between. */
  private static final class LoopThread implements Runnable {

    /** A job: the run itself, returning what to do once the thread is idle again. */
    private interface Job {
      Runnable run();
    }

    /**
     * The job handed to this thread, at most one (only the caller that took the thread from {@link
     * #IDLE} hands it one). Handing it over does not wait for the thread to take it: a synchronous
     * hand-over (a {@code SynchronousQueue}'s {@code put}) parked the caller until the loop thread
     * woke, and woke the caller again, two more thread switches per run for nothing.
     */
    private final LinkedTransferQueue<Job> next = new LinkedTransferQueue<>();

    void hand(Job job) {
      next.offer(job);
    }

    @Override
    public void run() {
      try (ThreadCounters counters = ProcFs.SYSTEM.openCurrentThread()) {
        COUNTERS.set(counters);
        serve();
      } finally {
        COUNTERS.remove();
      }
    }

    private void serve() {
      while (true) {
        Job job;
        try {
          job = awaitBriefly(() -> !next.isEmpty()) ? next.poll() : null;
          if (job == null) {
            job = next.poll(IDLE_LIFETIME.toMillis(), TimeUnit.MILLISECONDS);
          }
          if (job == null) {
            synchronized (IDLE) {
              if (IDLE.remove(this)) {
                return; // idle too long, and nobody has taken it meanwhile
              }
            }
            job = next.take(); // a caller took it from IDLE just now and is handing it a job
          }
        } catch (InterruptedException e) {
          continue; // only a run may interrupt this thread, and no run is under way
        }
        Runnable afterwards = job.run();
        synchronized (IDLE) {
          IDLE.addFirst(this);
        }
        afterwards.run();
      }
    }
  }
}
