package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One back-to-back pair of a {@link PairedMeasurement}.
 *
 * @param baseline the baseline side's sample
 * @param treatment the treatment side's sample
 * @param baselineFirst which side ran first: the order alternates from pair to pair
 * @param baselineNoise what else happened on the machine while the baseline ran
 * @param treatmentNoise the same for the treatment
 * @param disturbance why the pair does not count ({@link #disturbanceOf}); empty when it does
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Pair<T extends PairedSample>(T baseline, T treatment, boolean baselineFirst, Noise baselineNoise,
    Noise treatmentNoise, Optional<Disturbance> disturbance) {

  /** A pair with its noise, judged: the samples' own word first, then the noise around them. */
  public static <T extends PairedSample> Pair<T> of(T baseline, T treatment, boolean baselineFirst, Noise baselineNoise,
      Noise treatmentNoise) {
    return new Pair<>(baseline, treatment, baselineFirst, baselineNoise, treatmentNoise,
        disturbanceOf(baseline, treatment, baselineNoise, treatmentNoise));
  }

  /** Why a pair of these samples and noise does not count, or empty. */
  static Optional<Disturbance> disturbanceOf(PairedSample baseline, PairedSample treatment, Noise baselineNoise,
      Noise treatmentNoise) {
    Optional<Disturbance> own = baseline.disturbance().or(treatment::disturbance);
    if (own.isPresent()) {
      return own;
    }
    int needed = Math.max(baseline.freeCpusNeeded(), treatment.freeCpusNeeded());
    return Noise.disturbance(baselineNoise, treatmentNoise, needed, Runtime.getRuntime().availableProcessors());
  }

  /** Treatment over baseline, on the compared times. */
  public double ratio() {
    return (double) treatment.measured().toNanos() / baseline.measured().toNanos();
  }

  /** Treatment over baseline, on the whole times. */
  public double totalRatio() {
    return (double) treatment.total().toNanos() / baseline.total().toNanos();
  }

  /** Whether the pair counts: nothing disturbed it. */
  public boolean counts() {
    return disturbance.isEmpty();
  }

  /** The pair as an {@link ElapsedRatio}'s, treatment over baseline. */
  public TimedPair timed() {
    return new TimedPair(treatment.measured(), baseline.measured(), !baselineFirst, treatmentNoise, baselineNoise,
        disturbance);
  }
}
