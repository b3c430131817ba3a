package dev.yieldlab.junit;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Timeline;
import dev.yieldlab.loop.ContinuationAccess;
import dev.yieldlab.loop.EventLoop;
import dev.yieldlab.loop.MissingExportException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one loop on a fresh thread of its own and waits for it with a watchdog. The loop fails a run
 * that passes its timeout at the next suspension; the watchdog is for the run that never suspends
 * (an endless loop without yields), which no Java code can stop: that thread is abandoned, and the
 * engine goes on with the next run on a new thread.
 */
final class LoopThreadRunner {

  /** How long past its own timeout a loop gets to report before the watchdog gives up on it. */
  static final Duration WATCHDOG_GRACE = Duration.ofSeconds(2);

  /** The run's body, called as the loop's main coroutine. */
  @FunctionalInterface
  interface MainBody {
    Object run(Loop loop) throws Exception;
  }

  private LoopThreadRunner() {}

  static RunOutcome run(String runName, ClockKind clock, Duration timeout, MainBody body)
      throws InterruptedException {
    CompletableFuture<RunOutcome> outcome = new CompletableFuture<>();
    String threadName = "yieldlab-loop-" + runName;
    Thread loopThread = Thread.ofPlatform().name(threadName).daemon(true).unstarted(
        () -> outcome.complete(runLoop(runName, clock, timeout, body)));
    loopThread.start();
    try {
      return outcome.get(timeout.plus(WATCHDOG_GRACE).toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException stuck) {
      return new RunOutcome(new Timeline(List.of()), timeout, null, new RunTimeoutException(
          "run '" + runName + "' did not finish within its timeout of " + timeout + " (+" + WATCHDOG_GRACE
              + " grace): a coroutine keeps the loop's thread without ever suspending (an endless loop without"
              + " sleep/yieldNow?). Its thread '" + threadName + "' was abandoned, still running: Java cannot"
              + " stop a thread that never reaches a suspension point."));
    } catch (ExecutionException impossible) {
      throw new IllegalStateException("the loop thread completes its outcome normally", impossible);
    }
  }

  private static RunOutcome runLoop(String runName, ClockKind clock, Duration timeout, MainBody body) {
    EventLoop loop;
    try {
      loop = new EventLoop(clock, timeout);
    } catch (MissingExportException | IllegalAccessError missing) {
      return new RunOutcome(new Timeline(List.of()), Duration.ZERO, null, ContinuationAccess.explain(missing));
    }
    Object value = null;
    Throwable failure = null;
    try {
      value = loop.run(runName, () -> body.run(loop));
    } catch (Throwable thrown) {
      failure = ContinuationAccess.explain(thrown);
    }
    return new RunOutcome(loop.timeline(), loop.elapsed(), value, failure);
  }
}
