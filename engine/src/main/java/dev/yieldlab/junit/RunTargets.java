package dev.yieldlab.junit;

import dev.yieldlab.api.VariantSpec;

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
    return new PairedRunTarget(body, label, RepeatedRun.repetitions(run, configuration));
  }
}
