package dev.yieldlab.junit;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.timing.Noise;
import dev.yieldlab.api.timing.Pair;
import dev.yieldlab.api.timing.PairSide;
import dev.yieldlab.api.timing.PairedMeasurement;
import dev.yieldlab.api.timing.PairedSample;
import dev.yieldlab.api.timing.RatioSource;
import dev.yieldlab.loop.EventLoop;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@code @Run(paired = true)} method as a paired measurement, within one loop so that every
 * side's evidence lands in one timeline: a warm-up pair for the JIT, then pairs whose order
 * alternates, so neither side always runs first, each side watched for noise ({@link NoiseWatch}),
 * until its {@link PairSchedule.Goal} is met. {@link #more} continues a measurement (on a fresh loop,
 * without warm-up: the JVM is warm) when a check's verdict needs more pairs. The comparison is
 * logged, and is the run's value.
 */
final class PairedRunTarget implements RunTarget {

  private final RunTarget sides;
  private final String label;
  private final RatioSource.PairedRun source;
  private final ClockKind clock;
  private final PairSchedule.Goal goal;
  private final List<Pair<PairedSample>> earlier;
  private final boolean warmUp;
  /** Why the last {@link #invoke} stopped measuring; the engine reads it after the loop has ended. */
  private volatile PairSchedule.Stop stop = PairSchedule.Stop.REACHED;

  PairedRunTarget(RunTarget sides, String label, RatioSource.PairedRun source, PairSchedule.Goal goal) {
    this(sides, label, source, goal, List.of(), true);
  }

  private PairedRunTarget(RunTarget sides, String label, RatioSource.PairedRun source, PairSchedule.Goal goal,
      List<Pair<PairedSample>> earlier, boolean warmUp) {
    this.sides = sides;
    this.label = label;
    this.source = source;
    this.clock = goal.clock();
    this.goal = goal;
    this.earlier = List.copyOf(earlier);
    this.warmUp = warmUp;
  }

  /** A target that measures more pairs after {@code measured}'s, until {@code goal}, without a warm-up. */
  @SuppressWarnings("unchecked")
  PairedRunTarget more(PairedMeasurement<?> measured, PairSchedule.Goal goal) {
    return new PairedRunTarget(sides, label, source, goal, (List<Pair<PairedSample>>) (List<?>) measured.pairs(), false);
  }

  @Override
  public Object invoke(EventLoop loop, PairSide ignored) throws Exception {
    if (warmUp) {
      side(loop, PairSide.BASELINE);
      side(loop, PairSide.TREATMENT);
    }
    List<Pair<PairedSample>> pairs = new ArrayList<>(earlier);
    long counted = pairs.stream().filter(Pair::counts).count();
    PairSchedule.Stop stop = PairSchedule.run(goal, pairs.size(), (int) counted, baselineFirst -> {
      Timed first = timed(loop, baselineFirst ? PairSide.BASELINE : PairSide.TREATMENT);
      Timed second = timed(loop, baselineFirst ? PairSide.TREATMENT : PairSide.BASELINE);
      Timed baseline = baselineFirst ? first : second;
      Timed treatment = baselineFirst ? second : first;
      Pair<PairedSample> pair = Pair.of(baseline.sample(), treatment.sample(), baselineFirst, baseline.noise(),
          treatment.noise());
      pairs.add(pair);
      return new PairSchedule.Measured(pair.disturbance(),
          Math.max(baseline.sample().freeCpusNeeded(), treatment.sample().freeCpusNeeded()));
    }, duration -> loop.sleep(duration));
    this.stop = stop;
    PairedMeasurement<PairedSample> measurement = new PairedMeasurement<>(label, source, pairs);
    measurement.describe().lines().forEach(loop::log);
    if (stop != PairSchedule.Stop.REACHED) {
      loop.log(label + ": " + stop.describe(pairs.size(), goal));
    }
    return measurement;
  }

  /** Why the last {@link #invoke} stopped measuring pairs. */
  PairSchedule.Stop stop() {
    return stop;
  }

  private record Timed(PairedSample sample, Noise noise) {}

  private Timed timed(EventLoop loop, PairSide side) throws Exception {
    NoiseWatch watch = NoiseWatch.start(clock);
    PairedSample sample = side(loop, side);
    return new Timed(sample, watch.stop());
  }

  private PairedSample side(EventLoop loop, PairSide side) throws Exception {
    Object sample = sides.invoke(loop, side);
    if (sample instanceof PairedSample measured) {
      return measured;
    }
    throw new IllegalStateException("paired run '" + label + "' returned "
        + (sample == null ? "null" : sample.getClass().getName()) + " for its " + side
        + " side: return a dev.yieldlab.api.timing.PairedSample (e.g. a WorkersResult) for every side");
  }

  @Override
  public void close() {
    sides.close();
  }
}
