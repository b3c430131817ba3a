package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Where an {@link ElapsedRatio}'s pairs come from, so that the engine can measure more of them when
 * a verdict needs more: two runs timed in alternating pairs, a paired run's two sides, or two parts of
 * one run's timeline, which cannot be repeated apart from the run.
 */
@API(status = EXPERIMENTAL, since = "0.4")
public sealed interface RatioSource {

  /** Whether the engine can measure more pairs of it. */
  default boolean repeatable() {
    return !(this instanceof OneRun);
  }

  /** Two parts of one run's evidence (a stall and the computation it froze): one measurement, no pairs. */
  record OneRun() implements RatioSource {}

  /**
   * Two runs (or two variants of one) timed back to back in pairs, {@code numerator} and {@code
   * denominator} in alternating order.
   *
   * @param numeratorRun the numerator run's name
   * @param numeratorVariant its variant's name ({@link dev.yieldlab.api.VariantSpec#DEFAULT}'s for a run without variants)
   * @param denominatorRun the denominator run's name
   * @param denominatorVariant its variant's name
   */
  record TwoRuns(String numeratorRun, String numeratorVariant, String denominatorRun, String denominatorVariant)
      implements RatioSource {}

  /** The treatment and baseline sides of one {@link dev.yieldlab.api.Run#paired() paired} run's variant. */
  record PairedRun(String run, String variant) implements RatioSource {}
}
