package dev.yieldlab.junit;

import dev.yieldlab.api.UnobservedFailures;
import dev.yieldlab.api.kernel.RunKernel;
import dev.yieldlab.api.timeline.InjectedYieldPoints;
import dev.yieldlab.api.timeline.Timeline;
import java.time.Duration;
import java.util.Optional;

/**
 * What came back from a loop thread: the evidence (timeline, kernel counters, the task failures
 * nothing observed), and the run's value or failure.
 */
record RunOutcome(Timeline timeline, Duration elapsed, Object value, Throwable failure, RunKernel kernel,
    Optional<InjectedYieldPoints> yieldPoints, UnobservedFailures unobserved) {

  RunOutcome(Timeline timeline, Duration elapsed, Object value, Throwable failure, RunKernel kernel) {
    this(timeline, elapsed, value, failure, kernel, Optional.empty(), UnobservedFailures.NONE);
  }
}
