package dev.yieldlab.junit;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.kernel.RunKernel;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.loop.ContinuationAccess;
import dev.yieldlab.loop.EventLoop;
import dev.yieldlab.loop.MissingExportException;
import dev.yieldlab.loop.RunIdentity;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.CancellationToken;

/**
 * Runs one loop on a thread of its own and waits for it with a watchdog. The loop fails a run that
 * passes its timeout at the next suspension; the watchdog is for the run whose clock never gets there
 * (a VIRTUAL clock held still by a task that always yields) and the run that never suspends (an
 * endless loop without yields). It first asks the loop to stop, which the first answers at its next
 * step with its timeline kept; a thread that does not answer, which no Java code can stop, is
 * abandoned, and the engine goes on with the next run on another thread.
 *
 * <p>Loop threads are reused from run to run (see {@link LoopThreads}); each run renames its thread
 * {@code yieldlab-loop-<run>}.
 */
final class LoopThreadRunner {

  /** How long past its own timeout a loop gets to report before the watchdog gives up on it. */
  static final Duration WATCHDOG_GRACE = Duration.ofSeconds(2);

  private LoopThreadRunner() {}

  /** How often the engine looks at the platform's cancellation token while a run is under way. */
  static final Duration CANCELLATION_POLL = Duration.ofMillis(100);
  /** How long a stopped loop gets to unwind before the engine abandons its thread. */
  static final Duration STOP_GRACE = Duration.ofSeconds(1);

  static RunOutcome run(String runName, ClockKind clock, Duration timeout, CancellationToken cancellation,
      RunTarget body) throws InterruptedException {
    return run(runName, clock, timeout, EventLoop.DEFAULT_STALL_THRESHOLD, cancellation, body);
  }

  /** Runs {@code body}, watched for stalls past {@code stallThreshold} as well as for its timeout. */
  static RunOutcome run(String runName, ClockKind clock, Duration timeout, Duration stallThreshold,
      CancellationToken cancellation, RunTarget body) throws InterruptedException {
    return run(runName, RunIdentity.NONE, clock, timeout, stallThreshold, cancellation, body);
  }

  /** As above, on a loop that knows it serves {@code identity}, which its misuse messages name. */
  static RunOutcome run(String runName, RunIdentity identity, ClockKind clock, Duration timeout, Duration stallThreshold,
      CancellationToken cancellation, RunTarget body) throws InterruptedException {
    EventLoop loop;
    try {
      loop = new EventLoop(clock, timeout, stallThreshold, identity);
    } catch (MissingExportException | IllegalAccessError missing) {
      return new RunOutcome(new Timeline(List.of()), Duration.ZERO, null, ContinuationAccess.explain(missing),
          RunKernel.unavailable("the run never started: " + missing.getMessage()));
    }
    CompletableFuture<RunOutcome> outcome = new CompletableFuture<>();
    String threadName = "yieldlab-loop-" + runName;
    StallSampler sampler = new StallSampler(loop, clock);
    LoopThreads.run(threadName, () -> runLoop(loop, runName, body, sampler), outcome::complete);
    long poll = sampler.interval(CANCELLATION_POLL).toNanos();
    long watchdog = System.nanoTime() + timeout.plus(WATCHDOG_GRACE).toNanos();
    boolean stopRequested = false;
    boolean cancelled = false;
    MonitorWatch monitor = new MonitorWatch();
    LoopThreads.awaitBriefly(outcome::isDone); // a short run's outcome, without parking for it
    while (true) {
      long wait = Math.min(poll, watchdog - System.nanoTime());
      try {
        return outcome.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
      } catch (TimeoutException notYet) {
        sampler.look();
        StuckLoopThread.Diagnosis hopeless = monitor.look(sampler.thread(), loop);
        if (hopeless != null) {
          return abandoned(runName, threadName, "cannot go on", hopeless, timeout, loop);
        }
        if (!stopRequested && cancellation.isCancellationRequested()) {
          // The platform was asked to stop (e.g. fail-fast): end the run at its next suspension.
          loop.requestStop("the test run was cancelled");
          stopRequested = true;
          cancelled = true;
          watchdog = Math.min(watchdog, System.nanoTime() + STOP_GRACE.toNanos());
        } else if (System.nanoTime() - watchdog >= 0) {
          if (!stopRequested) {
            // First ask: a loop whose time cannot reach its deadline (a VIRTUAL clock held still by a
            // task that always yields) answers at its next step, and its timeline is kept.
            loop.requestStop("the watchdog: the run had not ended " + WATCHDOG_GRACE + " of wall time after its"
                + " timeout of " + timeout);
            stopRequested = true;
            watchdog = System.nanoTime() + STOP_GRACE.toNanos();
            continue;
          }
          String why = cancelled ? "was cancelled, and did not stop within " + STOP_GRACE
              : "did not finish within its timeout of " + timeout + " (+" + WATCHDOG_GRACE + " grace), nor stop within "
                  + STOP_GRACE + " of being asked";
          Thread stuck = sampler.thread();
          return abandoned(runName, threadName, why, stuck == null ? new StuckLoopThread.Diagnosis("its loop thread"
              + " never started", false) : StuckLoopThread.of(stuck, loop), timeout, loop);
        }
      } catch (ExecutionException impossible) {
        throw new IllegalStateException("the loop thread completes its outcome normally", impossible);
      }
    }
  }

  private static RunOutcome abandoned(String runName, String threadName, String why,
      StuckLoopThread.Diagnosis diagnosis, Duration timeout, EventLoop loop) {
    // A run ended early, its thread blocked for good, lasted what its clock says; one that ran into its timeout, that.
    Duration elapsed = diagnosis.hopeless() ? loop.elapsed() : timeout;
    return new RunOutcome(timelineSoFar(loop), elapsed, null, abandonedFailure(runName, threadName, why, diagnosis),
        RunKernel.unavailable("the run's loop thread was abandoned before its counters could be read at its end"));
  }

  /**
   * Watches for a loop thread blocked entering a monitor that one of its own suspended coroutines
   * holds: it can never go on, so the run is ended once the thread has stayed blocked for {@link
   * #STOP_GRACE}, instead of at its timeout (a minute by default) plus the watchdog's grace.
   */
  private static final class MonitorWatch {
    private long blockedSince = -1;
    private long lastLook;

    /** The diagnosis if the loop thread is stuck for good; null while it is not (or not yet known to be). */
    StuckLoopThread.Diagnosis look(Thread thread, EventLoop loop) {
      if (thread == null || thread.getState() != Thread.State.BLOCKED) {
        blockedSince = -1;
        return null;
      }
      long now = System.nanoTime();
      if (blockedSince < 0) {
        blockedSince = now;
        lastLook = now;
      }
      if (now - blockedSince < STOP_GRACE.toNanos() || now - lastLook < STOP_GRACE.toNanos() / 2) {
        return null; // a monitor held for a moment by another thread is a stall, not a hang
      }
      lastLook = now;
      StuckLoopThread.Diagnosis diagnosis = StuckLoopThread.of(thread, loop);
      return diagnosis.hopeless() && thread.getState() == Thread.State.BLOCKED ? diagnosis : null;
    }
  }

  private static RunTimeoutException abandonedFailure(String runName, String threadName, String why,
      StuckLoopThread.Diagnosis diagnosis) {
    return new RunTimeoutException("run '" + runName + "' " + why + ": " + diagnosis.text() + ". Its thread '"
        + threadName + "' was abandoned, " + (diagnosis.hopeless() ? "blocked for good" : "still running")
        + ": Java cannot stop a thread that never reaches a suspension point.");
  }

  /**
   * The timeline of a loop whose thread still runs, read from the watchdog's thread: a coroutine that
   * never suspends rarely records anything, but the read races with it, so a torn copy is dropped.
   */
  private static Timeline timelineSoFar(EventLoop loop) {
    try {
      return loop.timeline();
    } catch (RuntimeException torn) {
      return new Timeline(List.of());
    }
  }

  /** Runs on the loop thread, so that the kernel counters read at its start and end are the loop's. */
  private static RunOutcome runLoop(EventLoop loop, String runName, RunTarget body, StallSampler sampler) {
    sampler.attachToCurrentThread();
    KernelWatch kernel = KernelWatch.start(LoopThreads.counters());
    Object value = null;
    Throwable failure = null;
    try {
      value = loop.run(runName, () -> body.invoke(loop, null));
    } catch (Throwable thrown) {
      failure = ContinuationAccess.explain(thrown);
    }
    RunKernel counted = kernel.stop(loop.idleWaits());
    Timeline timeline = loop.timeline();
    return new RunOutcome(timeline, loop.elapsed(), value, failure, counted, body.yieldPoints(timeline),
        loop.unobservedFailures());
  }
}
