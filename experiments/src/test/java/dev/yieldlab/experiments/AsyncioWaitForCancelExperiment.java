package dev.yieldlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Expect;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Explore;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.Task;
import dev.yieldlab.experiments.AsyncioWaitForPort.Version;
import java.time.Duration;

/**
 * bpo-37658 (bugs.python.org/issue37658, python/cpython#81839) and gh-86296 (bpo-42130): {@code
 * asyncio.wait_for} whose calling task is cancelled in the same tick as the future it waits for
 * completes either drops the result (before bpo-37658's fix: a connection opened under {@code wait_for}
 * leaks) or returns it and swallows the cancellation (with that fix, until 3.12). Ported in {@link
 * AsyncioWaitForPort}, in the three versions of its {@code except CancelledError} branch. A caller
 * opens a "connection" under {@code wait_for} with a long timeout (the task that opens it yields once
 * first), and a second task cancels the caller: in FIFO order the cancellation comes before the
 * connection is opened and both versions handle it (the opening is cancelled, nothing opened);
 * explored, some schedule lets the connection open between the cancellation and the caller's turn.
 */
@Experiment(claim = "E4", title = "bpo-37658, gh-86296: wait_for cancelled as its future completes")
class AsyncioWaitForCancelExperiment {

  static final Duration TIMEOUT = Duration.ofSeconds(1);

  /**
   * How the run ended: whether the caller's {@code wait_for} returned or raised, whether the caller had
   * been cancelled by then, and the connections opened, closed by the caller, released by the fix.
   */
  record Outcome(boolean returned, boolean cancelledBefore, int opened, int closedByCaller, int released) {

    int leaked() {
      return opened - closedByCaller - released;
    }

    boolean swallowed() {
      return returned && cancelledBefore;
    }

    @Override
    public String toString() {
      return "wait_for " + (!returned ? "raised the cancellation" : cancelledBefore ? "returned after the caller was"
          + " cancelled" : "returned before the caller was cancelled") + "; connections opened " + opened + ", closed by the caller "
          + closedByCaller + ", released " + released + ", leaked " + leaked();
    }
  }

  static Outcome openUnderWaitFor(Loop loop, Version version) {
    int[] counts = new int[3]; // opened, closed by the caller, released
    boolean[] state = new boolean[3]; // cancel issued, wait_for returned, the cancel issued when it returned
    Task<Void> caller = loop.spawn("caller", () -> {
      Task<String> open = loop.spawn("open_connection", () -> {
        loop.yieldNow(); // the handshake
        counts[0]++;
        return "connection";
      });
      AsyncioWaitForPort.waitFor(loop, open, TIMEOUT, version, connection -> counts[2]++);
      state[1] = true;
      state[2] = state[0];
      try {
        loop.yieldNow(); // uses the connection; a swallowed cancellation is thrown here, at the next wait
      } finally {
        counts[1]++;
      }
    });
    loop.spawn("canceller", () -> {
      state[0] = true;
      caller.cancel("cancelled by the canceller");
    });
    loop.sleep(TIMEOUT.multipliedBy(2)); // every task has ended or waits for good
    return new Outcome(state[1], state[2], counts[0], counts[1], counts[2]);
  }

  @Run("wait_for before bpo-37658's fix (3.7): a caller opens a connection under it, another task cancels the caller")
  @Explore
  Outcome droppingTheResult(Loop loop) {
    return openUnderWaitFor(loop, Version.CANCEL_WINS_RESULT_DROPPED);
  }

  @Run("wait_for with bpo-37658's fix (3.8.6 to 3.11): the same tasks")
  @Explore
  Outcome swallowingTheCancellation(Loop loop) {
    return openUnderWaitFor(loop, Version.RESULT_WINS_CANCEL_SWALLOWED);
  }

  @Run("wait_for fixed: the cancellation is raised and a result of the same tick released: the same tasks")
  @Explore
  Outcome withTheFix(Loop loop) {
    return openUnderWaitFor(loop, Version.FIXED);
  }

  @Check(value = "before bpo-37658's fix, a schedule cancels wait_for as its future completes: the connection leaks",
      runs = "droppingTheResult", expect = Expect.REFUTED)
  void leakFound(Runs runs, Report report) {
    nothingLeaked(runs.get("droppingTheResult").value(Outcome.class), report);
  }

  @Check(value = "before bpo-37658's fix, wait_for never swallows the caller's cancellation, in every schedule",
      runs = "droppingTheResult")
  void droppingNeverSwallows(Runs runs, Report report) {
    cancellationRaised(runs.get("droppingTheResult").value(Outcome.class), report);
  }

  @Check(value = "with bpo-37658's fix, a schedule cancels wait_for as its future completes: wait_for returns and the"
      + " cancellation is swallowed (gh-86296)", runs = "swallowingTheCancellation", expect = Expect.REFUTED)
  void swallowFound(Runs runs, Report report) {
    cancellationRaised(runs.get("swallowingTheCancellation").value(Outcome.class), report);
  }

  @Check(value = "with bpo-37658's fix, no connection leaks, in every schedule", runs = "swallowingTheCancellation")
  void swallowingNeverLeaks(Runs runs, Report report) {
    nothingLeaked(runs.get("swallowingTheCancellation").value(Outcome.class), report);
  }

  @Check(value = "fixed, wait_for neither leaks the connection nor swallows the cancellation, in every schedule",
      runs = "withTheFix")
  void fixHolds(Runs runs, Report report) {
    Outcome outcome = runs.get("withTheFix").value(Outcome.class);
    nothingLeaked(outcome, report);
    cancellationRaised(outcome, report);
  }

  private static void nothingLeaked(Outcome outcome, Report report) {
    report.entry("outcome", outcome.toString());
    assertThat(outcome.leaked()).as("connections leaked").isZero();
  }

  private static void cancellationRaised(Outcome outcome, Report report) {
    report.entry("outcome", outcome.toString());
    assertThat(outcome.swallowed()).as("wait_for returned after the caller was cancelled").isFalse();
  }
}
