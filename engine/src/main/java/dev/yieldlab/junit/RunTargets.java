package dev.yieldlab.junit;

import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.timing.RatioSource;
import java.time.Duration;

/**
 * Chooses what a variant invokes: the run method on the experiment's instance or on an instrumented
 * copy, and, for a paired run, the pairing protocol around it.
 */
final class RunTargets {

  private RunTargets() {}

  static RunTarget forVariant(Class<?> experiment, Object instance, RunMethod run, VariantSpec variant,
      YieldlabConfiguration configuration) throws Exception {
    RunTarget body;
    if (variant.injected()) {
      body = InjectedRunTarget.create(experiment, run, variant, configuration);
    } else {
      run.method().setAccessible(true);
      body = (loop, side) -> Reflection.invoke(
          () -> run.method().invoke(instance, run.arguments(loop, variant, configuration.parameters(), side)));
    }
    if (!run.paired()) {
      return body;
    }
    String label = variant == VariantSpec.DEFAULT ? run.name() : run.name() + " [" + variant.name() + "]";
    int pairs = Math.max(run.repetitions(), TimingSettings.firstPairs(configuration.parameters()));
    Duration timeout = run.timeout().orElse(configuration.defaultTimeout());
    // Up to twice as many pairs as must count, to replace those disturbed; a check measures more.
    PairSchedule.Goal goal = new PairSchedule.Goal(pairs, 2 * pairs, System.nanoTime() + timeout.toNanos(),
        TimingSettings.quietWait(configuration.parameters()), configuration.clock());
    return new PairedRunTarget(body, label, new RatioSource.PairedRun(run.name(), variant.name()), goal);
  }
}
