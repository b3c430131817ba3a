package dev.yieldlab.junit;

import dev.yieldlab.api.Configuration;
import dev.yieldlab.api.Explore;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.timing.PairSide;
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
 * @param repetitions its own minimum of measured repetitions (or pairs), 0 for the configured number
 * @param paired whether it compares a baseline and a treatment in pairs ({@code @Run(paired = true)})
 * @param variants how to run it; one test each
 * @param explore how to explore it, when it is {@code @Explore}d
 */
record RunMethod(String name, Method method, String displayName, Optional<Duration> timeout, boolean measured,
    int repetitions, boolean paired, List<VariantSpec> variants, Optional<Explore> explore) {

  /** The parameter types a run method may take, each at most once. */
  static final List<Class<?>> PARAMETER_TYPES = List.of(Loop.class, VariantSpec.class, Configuration.class, PairSide.class);

  /**
   * What keeps a run from being explored, as the end of a sentence: its timing is real (measured,
   * paired, a timed variant) or its work is outside the loop (workers); empty when it can be.
   */
  Optional<String> unexplorable() {
    if (measured || paired) {
      return Optional.of(" is " + (measured ? "measured" : "paired") + ": its elapsed times are REAL-clock evidence,"
          + " and an explored run runs on the VIRTUAL clock. Explore a run of its own that is neither");
    }
    for (VariantSpec variant : variants) {
      if (variant.yields() == dev.yieldlab.api.Yields.INJECTED_TIMED) {
        return Optional.of(" has the variant '" + variant.name() + "' that yields every " + variant.interval().orElseThrow()
            + " of wall time: when it yields is the REAL clock's, not a schedule's. Use INJECTED every N back-edges");
      }
      String kind = variant.params().get("kind");
      if (kind != null && !kind.equals("COROUTINES")) {
        return Optional.of(" has the workers variant '" + variant.name() + "' (kind=" + kind + "): processes and threads"
            + " run in real time outside the loop, in an order no schedule chooses. Explore a run of coroutines only");
      }
    }
    return Optional.empty();
  }

  /** Whether the tree shows the variants as tests under a container, rather than the run as one test. */
  boolean hasDeclaredVariants() {
    return !(variants.size() == 1 && variants.getFirst() == VariantSpec.DEFAULT);
  }

  /**
   * The arguments for the method's parameters, in any order: the loop, the variant, the
   * configuration, and (for a paired run) the side to measure, null otherwise.
   */
  Object[] arguments(Loop loop, VariantSpec variant, Configuration configuration, PairSide side) {
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> type = types[i];
      arguments[i] = type == Loop.class ? loop : type == VariantSpec.class ? variant
          : type == Configuration.class ? configuration : side;
    }
    return arguments;
  }
}
