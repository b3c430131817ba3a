package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;

/**
 * Assertions on an {@link ElapsedRatio}, each a {@link TimingVerdict} of the ratio's 95 % interval
 * against a band: confirmed (the whole interval inside) passes; refuted (the whole interval outside)
 * fails with a {@link RatioClaimFailure}; anything else is inconclusive, an {@link
 * InconclusiveTimingException} on which the engine measures more pairs and asks again. A ratio of two
 * parts of one run has no interval, and its value is judged alone. Messages give the interval, the
 * pairs and the band, never a bare number.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RatioAssert extends AbstractAssert<RatioAssert, ElapsedRatio> {

  public RatioAssert(ElapsedRatio actual) {
    super(actual, RatioAssert.class);
  }

  /** The band {@code expected ± tolerance}, e.g. {@code isCloseTo(1.0, 0.1)}: [0.9, 1.1]. */
  public RatioAssert isCloseTo(double expected, double tolerance) {
    isNotNull();
    return judge(RatioBand.closeTo(what(), expected, tolerance));
  }

  /** The band {@code expected ± offset}, e.g. {@code isCloseTo(1.0, within(0.1))}. */
  public RatioAssert isCloseTo(double expected, Offset<Double> offset) {
    isNotNull();
    return judge(RatioBand.closeTo(what(), expected, offset.value));
  }

  /** The band {@code expected within p %}, e.g. {@code isCloseTo(2.0, withinPercentage(15))}: [1.7, 2.3]. */
  public RatioAssert isCloseTo(double expected, Percentage percentage) {
    isNotNull();
    return judge(RatioBand.withinPercent(what(), expected, percentage.value));
  }

  /** The band (minimum, ∞). */
  public RatioAssert isGreaterThan(double minimum) {
    isNotNull();
    return judge(RatioBand.greaterThan(what(), minimum));
  }

  /** The band (0, maximum). */
  public RatioAssert isLessThan(double maximum) {
    isNotNull();
    return judge(RatioBand.lessThan(what(), maximum));
  }

  private String what() {
    return "the ratio " + actual.numeratorName() + " / " + actual.denominatorName();
  }

  private RatioAssert judge(RatioBand band) {
    TimingVerdict verdict = TimingVerdict.judge(actual, band);
    TimingVerdicts.record(verdict);
    switch (verdict.outcome()) {
      case CONFIRMED -> {
        return this;
      }
      case REFUTED -> {
        try {
          // Formatted here and passed through "%s": failWithMessage would read a '%' in a run's name
          // as a format specifier and throw a format error instead of the assertion error.
          failWithMessage("%s", refutation(verdict, band));
        } catch (AssertionError failure) {
          throw RatioClaimFailure.of(failure, verdict);
        }
        return this;
      }
      default -> {
        String description = info.descriptionText();
        throw new InconclusiveTimingException((description.isEmpty() ? "" : "[" + description + "] ")
            + "Elapsed ratio " + verdict.describe(), verdict);
      }
    }
  }

  private String refutation(TimingVerdict verdict, RatioBand band) {
    if (!actual.source().repeatable()) {
      return String.format(Locale.ROOT, "Expected elapsed ratio %s to be %s, but it is %s (one measurement): refuted",
          actual, band.claim(), RatioEstimate.number(verdict.estimate().point()));
    }
    return String.format(Locale.ROOT, "Expected elapsed ratio %s to be %s, but the whole interval lies %s it: refuted",
        actual, band.claim(), band.below(verdict.estimate().upper()) ? "below" : "above");
  }
}
