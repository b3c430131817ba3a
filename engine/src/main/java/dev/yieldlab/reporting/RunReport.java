package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.explore.Exploration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A finished run, as reporters see it.
 *
 * @param experiment the experiment it belongs to
 * @param displayName the run test's display name
 * @param settings what the run ran with (clock, timeout, variant, repetitions, ...)
 * @param result its timeline, elapsed time, value and failure
 * @param measures what was measured (elapsed, switches, ...)
 * @param exploration for an explored run, its schedules, outcomes and verdicts ({@code result} is then its
 *     FIFO schedule's)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RunReport(ExperimentInfo experiment, String displayName, RunSettings settings, RunResult result,
    RunMeasures measures, Optional<Exploration> exploration) {

  /** A run that was not explored. */
  public RunReport(ExperimentInfo experiment, String displayName, RunSettings settings, RunResult result,
      RunMeasures measures) {
    this(experiment, displayName, settings, result, measures, Optional.empty());
  }
}
