package dev.yieldlab.junit;

import dev.yieldlab.api.VariantSpec;

/** Chooses what a variant invokes: the run method on the experiment's instance, or on an instrumented copy. */
final class RunTargets {

  private RunTargets() {}

  static RunTarget forVariant(Class<?> experiment, Object instance, RunMethod run, VariantSpec variant)
      throws Exception {
    if (variant.injected()) {
      return InjectedRunTarget.create(experiment, run, variant);
    }
    run.method().setAccessible(true);
    return loop -> Reflection.invoke(() -> run.method().invoke(instance, run.arguments(loop, variant)));
  }
}
