package dev.yieldlab.api.workers;

import dev.yieldlab.api.kernel.KernelView;
import dev.yieldlab.api.timing.Disturbance;
import dev.yieldlab.api.timing.NoiseSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Whether workers pinned to CPU 0 had that CPU to themselves, as the kernel counted their waits: N
 * of them wait to run about (N-1)/N of their spans each (they take turns), one alone next to
 * nothing; more than that plus {@link #MARGIN} is someone else's share of CPU 0. A machine-wide load
 * figure cannot tell which CPU other processes used; the run queue of the pinned workers can.
 */
final class PinnedWaits {

  /** How much more than its own share a pinned worker may wait for CPU 0 before its side does not count. */
  static final double MARGIN = 0.15;

  private PinnedWaits() {}

  static Optional<Disturbance> disturbance(List<KernelView> views, int workers) {
    double expected = (workers - 1.0) / workers;
    OptionalDouble waiting = views.stream().flatMap(view -> view.waitingFraction().asOptional().stream())
        .mapToDouble(Double::doubleValue).average();
    if (waiting.isEmpty() || waiting.getAsDouble() <= expected + MARGIN) {
      return Optional.empty();
    }
    return Optional.of(new Disturbance(NoiseSource.FOREIGN_LOAD, String.format(Locale.ROOT,
        "%d process(es) pinned to CPU 0 waited to run for %.0f %% of their spans, where %.0f %% is their own share:"
            + " something else used CPU 0", workers, waiting.getAsDouble() * 100, expected * 100), false));
  }
}
