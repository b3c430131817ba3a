package dev.yieldlab.junit;

import dev.yieldlab.api.VariantSpec;

/**
 * A run's variant that the engine can run again after its own test: to time it in more pairs when a
 * check's timing verdict needs them. Its target stays open (an injected variant's instrumented copy,
 * a paired run's protocol) until the experiment ends.
 *
 * @param run the run method
 * @param variant the variant
 * @param target what one execution invokes on its loop
 */
record Rerunnable(RunMethod run, VariantSpec variant, RunTarget target) {}
