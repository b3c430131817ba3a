package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Elapsed time of one run divided by another's, measured in the same JVM run: the only form in
 * which yieldlab states timing claims, so that a slower or busier machine does not change them.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ElapsedRatio(String numeratorName, Duration numerator, String denominatorName, Duration denominator) {

  public ElapsedRatio {
    if (denominator.isZero() || denominator.isNegative()) {
      throw new IllegalArgumentException(
          "the denominator run '" + denominatorName + "' took " + denominator + ": a ratio needs a positive time");
    }
  }

  /** The ratio of two runs' elapsed times. */
  public static ElapsedRatio of(RunResult numerator, RunResult denominator) {
    return new ElapsedRatio(numerator.label(), numerator.elapsed(), denominator.label(), denominator.elapsed());
  }

  public double value() {
    return (double) numerator.toNanos() / denominator.toNanos();
  }

  /** {@code twoTasks / oneTask = 1.003 (3.009 s / 3.000 s)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s / %s = %.3f (%.3f s / %.3f s)", numeratorName, denominatorName,
        value(), numerator.toNanos() / 1e9, denominator.toNanos() / 1e9);
  }
}
