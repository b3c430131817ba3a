package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One pair of an {@link ElapsedRatio}: the numerator's and the denominator's times, measured back to
 * back, which ran first, what else happened meanwhile, and whether that disturbed the pair so much
 * that it does not count.
 *
 * @param numerator the numerator side's compared time
 * @param denominator the denominator side's compared time
 * @param numeratorFirst whether the numerator ran first: the order alternates from pair to pair
 * @param numeratorNoise what happened on the machine while the numerator ran
 * @param denominatorNoise the same for the denominator
 * @param disturbance why the pair does not count; empty when it does
 */
@API(status = EXPERIMENTAL, since = "0.4")
public record TimedPair(Duration numerator, Duration denominator, boolean numeratorFirst, Noise numeratorNoise,
    Noise denominatorNoise, Optional<Disturbance> disturbance) {

  public TimedPair {
    if (!(numerator.toNanos() > 0) || !(denominator.toNanos() > 0)) {
      throw new IllegalArgumentException("a timed pair needs positive times, not " + numerator + " / " + denominator
          + ": a side that took no time on its clock has nothing to compare");
    }
  }

  /** A pair whose noise was not measured (made by hand, or on the VIRTUAL clock): it counts. */
  public static TimedPair of(Duration numerator, Duration denominator) {
    return new TimedPair(numerator, denominator, true, Noise.UNMEASURED, Noise.UNMEASURED, Optional.empty());
  }

  /** Numerator over denominator. */
  public double ratio() {
    return (double) numerator.toNanos() / denominator.toNanos();
  }

  public boolean counts() {
    return disturbance.isEmpty();
  }

  /** {@code 2.03 (0.655 s / 0.323 s, denominator first)} and, for a disturbed pair, why it does not count. */
  public String describe() {
    return String.format(Locale.ROOT, "%s (%.3f s / %.3f s, %s first)%s", RatioEstimate.number(ratio()),
        numerator.toNanos() / 1e9, denominator.toNanos() / 1e9, numeratorFirst ? "numerator" : "denominator",
        disturbance.map(d -> ", not counted: " + d).orElse(""));
  }
}
