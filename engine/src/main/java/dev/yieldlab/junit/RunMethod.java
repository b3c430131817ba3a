package dev.yieldlab.junit;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.VariantSpec;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A valid {@code @Run} method.
 *
 * @param name the run's name: its method name, which checks use to read it
 * @param displayName what the test tree shows
 * @param timeout its own limit, when {@code @Run(timeout)} sets one
 * @param measured whether it repeats (warm-ups, then measured repetitions)
 * @param repetitions its own minimum of measured repetitions, 0 for the configured number
 * @param variants how to run it; one test each
 */
record RunMethod(String name, Method method, String displayName, Optional<Duration> timeout, boolean measured,
    int repetitions, List<VariantSpec> variants) {

  /** Whether the tree shows the variants as tests under a container, rather than the run as one test. */
  boolean hasDeclaredVariants() {
    return !(variants.size() == 1 && variants.getFirst() == VariantSpec.DEFAULT);
  }

  /** The arguments for the method's parameters, which are a Loop and/or a VariantSpec in any order. */
  Object[] arguments(Loop loop, VariantSpec variant) {
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] = types[i] == Loop.class ? loop : variant;
    }
    return arguments;
  }
}
