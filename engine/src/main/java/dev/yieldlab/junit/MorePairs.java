package dev.yieldlab.junit;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.timing.PairedMeasurement;
import dev.yieldlab.api.timing.RatioSource;
import java.time.Duration;
import org.junit.platform.engine.CancellationToken;

/**
 * Measures more pairs of a ratio's source for a check whose timing verdict is inconclusive: two runs
 * compared with each other ({@link TwoRunsTiming}), or a paired run, whose protocol continues its
 * measurement on a fresh loop ({@link PairedRunTarget#more}). The new pairs replace the runs' results
 * in the store, where the check reads them when it runs again.
 */
final class MorePairs {

  private MorePairs() {}

  static PairSchedule.Stop measure(RunStore store, RatioSource source, PairSchedule.Goal goal,
      YieldlabConfiguration configuration, CancellationToken cancellation) throws Exception {
    return switch (source) {
      case RatioSource.TwoRuns runs -> TwoRunsTiming.measure(store, runs, goal, configuration, cancellation);
      case RatioSource.PairedRun paired -> paired(store, paired, goal, configuration, cancellation);
      case RatioSource.OneRun one -> PairSchedule.Stop.PAIRS_SPENT;
    };
  }

  private static PairSchedule.Stop paired(RunStore store, RatioSource.PairedRun source, PairSchedule.Goal goal,
      YieldlabConfiguration configuration, CancellationToken cancellation) throws InterruptedException {
    Rerunnable again = store.rerunnable(source.run(), source.variant()).orElseThrow(() -> new IllegalStateException(
        "paired run '" + source.run() + "' [" + source.variant() + "] did not run in this execution"));
    RunResult result = store.stored(source.run(), source.variant()).orElseThrow();
    if (!(again.target() instanceof PairedRunTarget pairs) || !(result.value() instanceof PairedMeasurement<?> measured)) {
      throw new IllegalStateException("run '" + result.label() + "' is not a paired run with pairs to add to");
    }
    PairedRunTarget more = pairs.more(measured, goal);
    Duration timeout = again.run().timeout().orElse(configuration.defaultTimeout());
    RunOutcome outcome = LoopThreadRunner.run(again.run().name(), configuration.clock(), timeout,
        configuration.stallThreshold(), cancellation, more);
    if (outcome.failure() != null) {
      throw new TimedSideFailedException("paired run '" + result.label() + "' failed when it measured more pairs for"
          + " this check's timing claim: " + outcome.failure() + ". It passed its own test, so it fails only sometimes;"
          + " make it fail never (its failure is the cause), or the claim has no evidence", outcome.failure());
    }
    store.put(new RunResult(result.name(), result.variant(), result.timeline(), result.measurement(), outcome.value(),
        result.failure(), result.kernel(), result.yieldPoints()));
    return more.stop();
  }
}
