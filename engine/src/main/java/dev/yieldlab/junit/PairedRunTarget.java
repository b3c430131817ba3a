package dev.yieldlab.junit;

import dev.yieldlab.api.Pair;
import dev.yieldlab.api.PairSide;
import dev.yieldlab.api.PairedMeasurement;
import dev.yieldlab.api.PairedSample;
import dev.yieldlab.loop.EventLoop;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@code @Run(paired = true)} method as a paired measurement, within one loop so that every
 * side's evidence lands in one timeline: a warm-up pair for the JIT, then pairs whose order
 * alternates, so neither side always runs first, until {@code repetitions} pairs count ({@link
 * PairedMeasurement#quietPairs()}). Up to twice as many are tried to collect quiet ones, unless the
 * first {@code repetitions} pairs were all disturbed: a machine busy for as long as that rarely
 * clears within as many more. The comparison is logged, and is the run's value.
 */
final class PairedRunTarget implements RunTarget {

  private final RunTarget sides;
  private final String label;
  private final int repetitions;

  PairedRunTarget(RunTarget sides, String label, int repetitions) {
    this.sides = sides;
    this.label = label;
    this.repetitions = repetitions;
  }

  @Override
  public Object invoke(EventLoop loop, PairSide ignored) throws Exception {
    side(loop, PairSide.BASELINE);
    side(loop, PairSide.TREATMENT);
    List<Pair<PairedSample>> pairs = new ArrayList<>();
    for (int i = 0; i < 2 * repetitions; i++) {
      boolean baselineFirst = i % 2 == 0;
      PairedSample first = side(loop, baselineFirst ? PairSide.BASELINE : PairSide.TREATMENT);
      PairedSample second = side(loop, baselineFirst ? PairSide.TREATMENT : PairSide.BASELINE);
      pairs.add(baselineFirst ? new Pair<>(first, second, true) : new Pair<>(second, first, false));
      int quiet = new PairedMeasurement<>(label, pairs).quietPairs().size();
      if (quiet == repetitions || (quiet == 0 && i + 1 == repetitions)) {
        break;
      }
    }
    PairedMeasurement<PairedSample> measurement = new PairedMeasurement<>(label, pairs);
    measurement.describe().lines().forEach(loop::log);
    return measurement;
  }

  private PairedSample side(EventLoop loop, PairSide side) throws Exception {
    Object sample = sides.invoke(loop, side);
    if (sample instanceof PairedSample measured) {
      return measured;
    }
    throw new IllegalStateException("paired run '" + label + "' returned "
        + (sample == null ? "null" : sample.getClass().getName()) + " for its " + side
        + " side: return a dev.yieldlab.api.PairedSample (e.g. a WorkersResult) for every side");
  }

  @Override
  public void close() {
    sides.close();
  }
}
