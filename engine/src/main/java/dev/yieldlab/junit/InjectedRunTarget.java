package dev.yieldlab.junit;

import dev.yieldlab.api.VariantSpec;

/** Runs a variant's body from a copy of the experiment's classes with yield points injected. */
final class InjectedRunTarget {

  private InjectedRunTarget() {}

  static RunTarget create(Class<?> experiment, RunMethod run, VariantSpec variant) {
    throw new UnsupportedOperationException("INJECTED variants are not wired to the instrument package yet");
  }
}
