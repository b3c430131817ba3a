package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * An elapsed-time ratio estimated from paired repetitions: the point estimate, its 95 % confidence
 * interval, how many pairs it rests on and how much their ratios spread.
 *
 * <p><b>Method.</b> Each pair gives one ratio r = treatment / baseline, measured back to back so that
 * both sides saw about the same machine. The estimate works on the logarithms of the pair ratios: the
 * point is their geometric mean, exp(mean ln r), and the interval is Student's t interval on them,
 * exp(mean ± t(0.975, n−1) · sd / √n), so it is never negative and is symmetric in the sense that
 * b/a's interval is the reciprocal of a/b's. Timing noise is multiplicative (a disturbance slows a
 * side by a factor), which the logarithm makes additive.
 *
 * <p>Why not a bootstrap over the pairs (criterion.rs, Kalibera &amp; Jones's alternative)? Our pairs
 * are few, 2 to 30: a percentile bootstrap of n values has only C(2n−1, n) distinct resamples (10 for 3
 * pairs), and its intervals are too narrow at small n by about √((n−1)/n) on top of lacking the t
 * quantile (12.7 instead of 1.96 at two pairs), so it would claim certainty it does not have exactly
 * where we decide most. The t interval is exact for normal log-ratios at any n ≥ 2 and stays valid
 * enough beyond that; an outlying pair widens it, which makes a verdict inconclusive, never wrong.
 * This is the repeated-measures interval of Kalibera &amp; Jones ("Rigorous benchmarking in reasonable
 * time", ISMM 2013) at one level: one ratio per pair, the pairs being the independent repetitions.
 *
 * @param point the geometric mean of the pair ratios (the one ratio, for a single measurement)
 * @param lower the interval's lower end; equal to {@code point} without an interval
 * @param upper the interval's upper end; equal to {@code point} without an interval
 * @param pairs how many pairs (or measurements) it rests on
 * @param spread the standard deviation of the pair ratios' logarithms, about their coefficient of
 *     variation (0.03 is 3 %); 0 for fewer than two
 */
@API(status = EXPERIMENTAL, since = "0.4")
public record RatioEstimate(double point, double lower, double upper, int pairs, double spread) {

  /** The confidence of every interval yieldlab shows and judges. */
  public static final double CONFIDENCE = 0.95;
  /** The fewest pairs with an interval. */
  public static final int MIN_PAIRS = 2;

  /** Student's t at 0.975 for 1 to 30 degrees of freedom. */
  private static final double[] T_975 = {12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622,
      2.2281, 2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, 2.0796, 2.0739, 2.0687,
      2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};

  /** The estimate from pair ratios (each treatment / baseline, all positive). */
  public static RatioEstimate of(List<Double> ratios) {
    int n = ratios.size();
    if (n == 0) {
      return new RatioEstimate(Double.NaN, Double.NaN, Double.NaN, 0, 0);
    }
    double sum = 0;
    for (double ratio : ratios) {
      if (!(ratio > 0) || Double.isInfinite(ratio)) {
        throw new IllegalArgumentException("a pair ratio must be positive and finite, not " + ratio);
      }
      sum += Math.log(ratio);
    }
    double mean = sum / n;
    if (n == 1) {
      double point = Math.exp(mean);
      return new RatioEstimate(point, point, point, 1, 0);
    }
    double squares = 0;
    for (double ratio : ratios) {
      double d = Math.log(ratio) - mean;
      squares += d * d;
    }
    double sd = Math.sqrt(squares / (n - 1));
    double half = tQuantile975(n - 1) * sd / Math.sqrt(n);
    return new RatioEstimate(Math.exp(mean), Math.exp(mean - half), Math.exp(mean + half), n, sd);
  }

  /**
   * Student's t quantile at 0.975: from the table up to 30 degrees of freedom, beyond it the
   * Cornish-Fisher expansion around the normal quantile (within 0.0005 of the exact value at 31).
   */
  static double tQuantile975(int degreesOfFreedom) {
    if (degreesOfFreedom < 1) {
      throw new IllegalArgumentException("degrees of freedom: " + degreesOfFreedom);
    }
    if (degreesOfFreedom <= T_975.length) {
      return T_975[degreesOfFreedom - 1];
    }
    double z = 1.959964;
    double v = degreesOfFreedom;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    double z7 = z5 * z * z;
    return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
  }

  /** Whether there is an interval: two pairs or more. */
  public boolean hasInterval() {
    return pairs >= MIN_PAIRS;
  }

  /** The interval's width relative to the point, e.g. 0.07 for [1.97, 2.11] around 2.04. */
  public double relativeWidth() {
    return hasInterval() ? (upper - lower) / point : Double.NaN;
  }

  /**
   * {@code 2.04 × [1.97, 2.11] (95 %, 12 pairs)}; {@code 2.04 × (1 pair, no interval)} or, for a ratio
   * of two parts of one run, {@code 2.04 × (one measurement)}; {@code no pairs} without any.
   */
  public String describe(boolean singleMeasurement) {
    if (pairs == 0) {
      return "no pairs";
    }
    if (!hasInterval()) {
      return String.format(Locale.ROOT, "%s × (%s)", number(point), singleMeasurement ? "one measurement" : "1 pair, no interval");
    }
    return String.format(Locale.ROOT, "%s × [%s, %s] (%.0f %%, %d pairs)", number(point), number(lower), number(upper),
        CONFIDENCE * 100, pairs);
  }

  /** Two decimals, or three significant digits for ratios below 0.1 (a 0.003 must not read 0.00). */
  public static String number(double value) {
    if (Double.isNaN(value)) {
      return "?";
    }
    double magnitude = Math.abs(value);
    if (magnitude != 0 && magnitude < 0.1) {
      return String.format(Locale.ROOT, "%.3g", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  @Override
  public String toString() {
    return describe(false);
  }
}
