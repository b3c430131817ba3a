package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One back-to-back pair of a {@link PairedMeasurement}.
 *
 * @param baseline the baseline side's sample
 * @param treatment the treatment side's sample
 * @param baselineFirst which side ran first: the order alternates from pair to pair
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Pair<T extends PairedSample>(T baseline, T treatment, boolean baselineFirst) {

  /** Treatment over baseline, on the compared times. */
  public double ratio() {
    return (double) treatment.measured().toNanos() / baseline.measured().toNanos();
  }

  /** Treatment over baseline, on the whole times. */
  public double totalRatio() {
    return (double) treatment.total().toNanos() / baseline.total().toNanos();
  }

  /**
   * Whether the pair counts: always, unless its samples need free CPUs and other processes kept at
   * least {@code quietLimitCpus} busy on either side (an unknown load counts as quiet).
   */
  public boolean isQuiet(double quietLimitCpus) {
    return !(baseline.needsFreeCpus() || treatment.needsFreeCpus())
        || quiet(baseline, quietLimitCpus) && quiet(treatment, quietLimitCpus);
  }

  private static boolean quiet(PairedSample sample, double limit) {
    return Double.isNaN(sample.foreignCpus()) || sample.foreignCpus() < limit;
  }
}
