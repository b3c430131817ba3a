package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The values of a ratio that a timing claim says it has: {@code ≈ 2.00 within 15 %} is [1.70, 2.30],
 * {@code > 1.00} is (1, ∞), {@code < 4.00} is (0, 4). A verdict compares a ratio's whole interval with
 * it ({@link TimingVerdict}). Made by {@link RatioAssert}; a band no ratio could ever lie in (an
 * expected ratio that is not positive, a tolerance that is not) is refused with the fix.
 *
 * @param lower the smallest value inside; {@link Double#NEGATIVE_INFINITY} for "less than"
 * @param upper the largest value inside; {@link Double#POSITIVE_INFINITY} for "greater than"
 * @param lowerOpen whether {@code lower} itself is outside (greater than)
 * @param upperOpen whether {@code upper} itself is outside (less than)
 * @param claim the band in words, e.g. {@code ≈ 2.00 within 15 % [1.70, 2.30]}
 */
@API(status = EXPERIMENTAL, since = "0.4")
public record RatioBand(double lower, double upper, boolean lowerOpen, boolean upperOpen, String claim) {

  /** {@code expected ± tolerance}: the band of the old {@code isCloseTo(expected, tolerance)}. */
  static RatioBand closeTo(String what, double expected, double tolerance) {
    requirePositive(what, "expected ratio", expected, "isCloseTo(2.0, 0.3)");
    requireWidth(what, RatioEstimate.number(expected) + " ± " + number(tolerance), tolerance, "tolerance",
        "isCloseTo(" + RatioEstimate.number(expected) + ", " + number(Math.max(0.1, Math.round(expected * 15) / 100.0)) + ")");
    return new RatioBand(expected - tolerance, expected + tolerance, false, false, String.format(Locale.ROOT,
        "≈ %s ± %s [%s, %s]", RatioEstimate.number(expected), number(tolerance),
        RatioEstimate.number(expected - tolerance), RatioEstimate.number(expected + tolerance)));
  }

  /** {@code expected within percent %}: [expected (1 − p), expected (1 + p)]. */
  static RatioBand withinPercent(String what, double expected, double percent) {
    requirePositive(what, "expected ratio", expected, "isCloseTo(2.0, withinPercentage(15))");
    requireWidth(what, RatioEstimate.number(expected) + " within " + number(percent) + " %", percent, "percentage",
        "isCloseTo(" + RatioEstimate.number(expected) + ", withinPercentage(15))");
    double lower = expected * (1 - percent / 100);
    double upper = expected * (1 + percent / 100);
    return new RatioBand(lower, upper, false, false, String.format(Locale.ROOT, "≈ %s within %s %% [%s, %s]",
        RatioEstimate.number(expected), number(percent), RatioEstimate.number(lower), RatioEstimate.number(upper)));
  }

  /** Refuses a band of no width (empty) or of negative width, which no interval could ever lie inside. */
  private static void requireWidth(String what, String band, double width, String name, String example) {
    if (!(width > 0) || Double.isInfinite(width)) {
      throw new MalformedTimingClaimException(String.format(Locale.ROOT, "%s: the band %s %s, so no interval could"
          + " ever lie inside it and the claim could never be confirmed: give a positive %s, e.g. %s", what, band,
          width == 0 ? "is empty" : width < 0 ? "is negative" : "is not a band", name, example));
    }
  }

  static RatioBand greaterThan(String what, double minimum) {
    if (Double.isNaN(minimum) || minimum == Double.POSITIVE_INFINITY) {
      throw new MalformedTimingClaimException(what + ": no ratio is greater than " + minimum
          + ": give a finite minimum, e.g. isGreaterThan(1.0)");
    }
    return new RatioBand(minimum, Double.POSITIVE_INFINITY, true, false, "> " + RatioEstimate.number(minimum));
  }

  static RatioBand lessThan(String what, double maximum) {
    if (!(maximum > 0)) {
      throw new MalformedTimingClaimException(String.format(Locale.ROOT, "%s: no ratio of two elapsed times is less than"
          + " %s (times are positive, so ratios are too), so the claim could never be confirmed: give a positive"
          + " maximum, e.g. isLessThan(0.5)", what, number(maximum)));
    }
    return new RatioBand(Double.NEGATIVE_INFINITY, maximum, false, true, "< " + RatioEstimate.number(maximum));
  }

  private static void requirePositive(String what, String name, double value, String example) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new MalformedTimingClaimException(String.format(Locale.ROOT, "%s: the %s is %s, but a ratio of two elapsed"
          + " times is positive and finite, so the claim could never be confirmed: give a positive ratio, e.g. %s",
          what, name, number(value), example));
    }
  }

  /** Whether {@code value} lies inside. */
  public boolean contains(double value) {
    return !below(value) && !above(value) && !Double.isNaN(value);
  }

  /** Whether {@code value} lies below the band. */
  boolean below(double value) {
    return value < lower || value == lower && lowerOpen;
  }

  /** Whether {@code value} lies above the band. */
  boolean above(double value) {
    return value > upper || value == upper && upperOpen;
  }

  /** The edge of the band that lies inside [from, to], for "straddles the edge 2.30"; NaN if none does. */
  double edgeWithin(double from, double to) {
    if (lower >= from && lower <= to) {
      return lower;
    }
    return upper >= from && upper <= to ? upper : Double.NaN;
  }

  /** A tolerance as written: {@code 15}, {@code 0.1}, {@code -0.45}. */
  private static String number(double value) {
    return Double.isFinite(value) ? java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
        : Double.toString(value);
  }

  @Override
  public String toString() {
    return claim;
  }
}
