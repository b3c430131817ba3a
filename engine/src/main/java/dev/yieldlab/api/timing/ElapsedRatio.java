package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.RunResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Elapsed time of one thing divided by another's, measured in the same JVM run: the only form in
 * which yieldlab states timing claims, so that a slower or busier machine does not change them. It is
 * an estimate ({@link #estimate()}: a point and a 95 % interval) from pairs timed back to back, and
 * {@link RatioAssert} judges it by that interval (confirmed, refuted or inconclusive; see {@link
 * TimingVerdict}).
 *
 * <ul>
 *   <li>{@link #of(RunResult, RunResult)}: two runs (or variants), which the engine times in
 *       alternating pairs, with warm-ups, as many as a verdict needs within the check's budget;
 *   <li>{@link PairedMeasurement#ratio(String, String)}: the two sides of a {@link dev.yieldlab.api.Run#paired()
 *       paired} run, the same way;
 *   <li>{@link #ElapsedRatio(String, Duration, String, Duration)}: two parts of one run's evidence
 *       (a stall and the computation it froze), one measurement judged by its value alone.
 * </ul>
 *
 * @param numeratorName what the numerator is, e.g. {@code twoYieldingTasks}
 * @param denominatorName what the denominator is
 * @param pairs every pair measured, counted or not, in order
 * @param source where the pairs come from, so that the engine can measure more
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ElapsedRatio(String numeratorName, String denominatorName, List<TimedPair> pairs, RatioSource source) {

  public ElapsedRatio {
    pairs = List.copyOf(pairs);
  }

  /**
   * Two durations out of one run's evidence, e.g. a stall and the computation it froze: one
   * measurement, whose value is judged as it is. Both are parts of the same stretch of the same
   * timeline, so no other run's noise is in their ratio and pairing would add nothing; a claim that
   * compares two runs uses {@link #of(RunResult, RunResult)}.
   */
  public ElapsedRatio(String numeratorName, Duration numerator, String denominatorName, Duration denominator) {
    this(numeratorName, denominatorName, List.of(singlePair(denominatorName, numerator, denominator)), new RatioSource.OneRun());
  }

  private static TimedPair singlePair(String denominatorName, Duration numerator, Duration denominator) {
    if (denominator.isZero() || denominator.isNegative()) {
      throw new IllegalArgumentException(
          "the denominator run '" + denominatorName + "' took " + denominator + ": a ratio needs a positive time");
    }
    return TimedPair.of(numerator.isZero() ? Duration.ofNanos(1) : numerator, denominator);
  }

  /**
   * {@code numerator}'s elapsed time over {@code denominator}'s, from the pairs the engine timed them
   * in: each pair one repetition of each, back to back, in alternating order, after warm-ups. The
   * first time a check asks, there are none yet: the assertion is inconclusive, the engine measures
   * pairs and runs the check again. A run compared with itself is refused.
   */
  public static ElapsedRatio of(RunResult numerator, RunResult denominator) {
    if (numerator.name().equals(denominator.name()) && numerator.variant().name().equals(denominator.variant().name())) {
      throw new MalformedTimingClaimException("ElapsedRatio.of(" + numerator.label() + ", " + denominator.label()
          + ") compares run '" + numerator.label() + "' with itself: its ratio is 1 by construction and says nothing"
          + " about the claim; compare two different runs or variants, e.g. ElapsedRatio.of(runs.get(\"two\"),"
          + " runs.get(\"one\"))");
    }
    Map<Long, RoundSample> below = denominator.measurement().rounds().stream()
        .collect(Collectors.toMap(RoundSample::round, Function.identity(), (a, b) -> a));
    List<TimedPair> pairs = new ArrayList<>();
    int cpus = Runtime.getRuntime().availableProcessors();
    for (RoundSample top : numerator.measurement().rounds()) {
      RoundSample bottom = below.get(top.round());
      if (bottom != null) {
        pairs.add(new TimedPair(top.elapsed(), bottom.elapsed(), top.first(), top.noise(), bottom.noise(),
            Noise.disturbance(bottom.noise(), top.noise(), Math.max(top.cpusNeeded(), bottom.cpusNeeded()), cpus)));
      }
    }
    return new ElapsedRatio(numerator.label(), denominator.label(), pairs, new RatioSource.TwoRuns(numerator.name(),
        numerator.variant().name(), denominator.name(), denominator.variant().name()));
  }

  /** The pairs that count, in order. */
  public List<TimedPair> countedPairs() {
    return pairs.stream().filter(TimedPair::counts).toList();
  }

  /** The estimate over the pairs that count. */
  public RatioEstimate estimate() {
    return RatioEstimate.of(countedPairs().stream().map(TimedPair::ratio).toList());
  }

  /** The point estimate (the one value of a single measurement); NaN without a pair that counts. */
  public double value() {
    return estimate().point();
  }

  /**
   * {@code twoTasks / oneTask = 1.00 × [0.99, 1.01] (95 %, 3 pairs)}; a single measurement as
   * {@code twoTasks / oneTask = 1.003 (3.009 s / 3.000 s)}.
   */
  @Override
  public String toString() {
    if (!source.repeatable() && pairs.size() == 1) {
      TimedPair only = pairs.getFirst();
      return String.format(Locale.ROOT, "%s / %s = %.3f (%.3f s / %.3f s)", numeratorName, denominatorName, only.ratio(),
          only.numerator().toNanos() / 1e9, only.denominator().toNanos() / 1e9);
    }
    return numeratorName + " / " + denominatorName + " = " + estimate().describe(false);
  }
}
