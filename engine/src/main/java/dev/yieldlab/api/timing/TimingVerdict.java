package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What a timing claim's evidence says: the ratio's estimate against the band the claim gives it.
 * <b>Confirmed</b> when the whole interval lies inside the band, <b>refuted</b> when the whole interval
 * lies outside it, otherwise <b>inconclusive</b>, with the reason: too few pairs that count (and what
 * disturbed the others), foreign load where the claim needs free CPUs, too noisy, or an interval that
 * still straddles the band's edge when the budget for more pairs is spent. A ratio of two parts of one
 * run ({@link RatioSource.OneRun}) has no interval: its one value is judged against the band.
 *
 * @param outcome confirmed, refuted or inconclusive
 * @param ratio which ratio, e.g. {@code coroutines N=2 / coroutines N=1}
 * @param band what the claim says; empty for evidence that needs pairs but states no band
 * @param estimate the estimate over the pairs that count
 * @param source where the pairs come from (whether more can be measured)
 * @param pairs every pair, counted or not, in the order measured
 * @param reason why it is inconclusive; empty otherwise
 * @param explanation the reason in words, with the figures; empty otherwise
 */
@API(status = EXPERIMENTAL, since = "0.4")
public record TimingVerdict(Outcome outcome, String ratio, Optional<RatioBand> band, RatioEstimate estimate,
    RatioSource source, List<TimedPair> pairs, Optional<Reason> reason, String explanation) {

  /** Above this spread (SD of the pairs' log ratios, about their coefficient of variation) "too noisy" is the reason. */
  public static final double NOISY_SPREAD = 0.10;

  public TimingVerdict {
    pairs = List.copyOf(pairs);
  }

  /** The three verdicts. */
  public enum Outcome {
    CONFIRMED, REFUTED, INCONCLUSIVE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Why a verdict is inconclusive. */
  public enum Reason {
    /** Fewer than two pairs count: too few measured, or the others disturbed. */
    TOO_FEW_PAIRS("too few pairs"),
    /** Other processes kept busy the CPUs the claim needs (its precondition): more pairs on a busy machine cannot help. */
    FOREIGN_LOAD("foreign load"),
    /** The pairs' ratios spread more than {@link #NOISY_SPREAD}. */
    TOO_NOISY("too noisy"),
    /** The interval still straddles the band's edge when no more pairs may be measured. */
    BUDGET_SPENT("budget spent");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The verdict of {@code ratio} against {@code band}. */
  public static TimingVerdict judge(ElapsedRatio ratio, RatioBand band) {
    RatioEstimate estimate = ratio.estimate();
    String name = ratio.numeratorName() + " / " + ratio.denominatorName();
    if (!ratio.source().repeatable() && estimate.pairs() == 1) {
      Outcome outcome = band.contains(estimate.point()) ? Outcome.CONFIRMED : Outcome.REFUTED;
      return new TimingVerdict(outcome, name, Optional.of(band), estimate, ratio.source(), ratio.pairs(), Optional.empty(), "");
    }
    if (estimate.hasInterval()) {
      if (band.contains(estimate.lower()) && band.contains(estimate.upper())) {
        return decided(Outcome.CONFIRMED, name, band, estimate, ratio);
      }
      if (band.below(estimate.upper()) || band.above(estimate.lower())) {
        return decided(Outcome.REFUTED, name, band, estimate, ratio);
      }
    }
    return undecided(name, Optional.of(band), estimate, ratio);
  }

  /** Evidence that needs pairs that count, with no band of its own (a check reading the median pair). */
  public static TimingVerdict needsPairs(ElapsedRatio ratio) {
    return undecided(ratio.numeratorName() + " / " + ratio.denominatorName(), Optional.empty(), ratio.estimate(), ratio);
  }

  private static TimingVerdict decided(Outcome outcome, String name, RatioBand band, RatioEstimate estimate,
      ElapsedRatio ratio) {
    return new TimingVerdict(outcome, name, Optional.of(band), estimate, ratio.source(), ratio.pairs(), Optional.empty(), "");
  }

  private static TimingVerdict undecided(String name, Optional<RatioBand> band, RatioEstimate estimate, ElapsedRatio ratio) {
    List<TimedPair> disturbed = ratio.pairs().stream().filter(pair -> !pair.counts()).toList();
    String noise = disturbed.isEmpty() ? "" : "; " + disturbed.size() + " of " + ratio.pairs().size()
        + " pairs did not count: " + bySource(disturbed);
    Reason reason;
    String explanation;
    if (!estimate.hasInterval()) {
      boolean precondition = !disturbed.isEmpty()
          && disturbed.stream().allMatch(pair -> pair.disturbance().orElseThrow().precondition());
      reason = precondition ? Reason.FOREIGN_LOAD : Reason.TOO_FEW_PAIRS;
      explanation = precondition
          ? "its precondition did not hold in any pair: " + disturbed.getLast().disturbance().orElseThrow().detail() + noise
          : String.format(Locale.ROOT, "%d pair%s count%s, an interval needs %d%s", estimate.pairs(),
              estimate.pairs() == 1 ? "" : "s", estimate.pairs() == 1 ? "s" : "", RatioEstimate.MIN_PAIRS, noise);
    } else if (estimate.spread() > NOISY_SPREAD) {
      reason = Reason.TOO_NOISY;
      explanation = String.format(Locale.ROOT, "the pairs' ratios vary by %.0f %% (coefficient of variation), more than"
          + " %.0f %%: the interval %s is wider than the claim can use%s", estimate.spread() * 100, NOISY_SPREAD * 100,
          estimate, noise);
    } else {
      reason = Reason.BUDGET_SPENT;
      double edge = band.map(b -> b.edgeWithin(estimate.lower(), estimate.upper())).orElse(Double.NaN);
      explanation = String.format(Locale.ROOT, "the interval %s straddles the band's edge %s: the true ratio may lie"
          + " near it, and only more pairs can narrow the interval%s", estimate, RatioEstimate.number(edge), noise);
    }
    return new TimingVerdict(Outcome.INCONCLUSIVE, name, band, estimate, ratio.source(), ratio.pairs(),
        Optional.of(reason), explanation);
  }

  /** {@code foreign load ×2, GC pauses ×1}: which noise disturbed how many pairs. */
  static String bySource(List<TimedPair> disturbed) {
    Map<NoiseSource, Long> counts = disturbed.stream().collect(Collectors.groupingBy(
        pair -> pair.disturbance().orElseThrow().source(), () -> new EnumMap<>(NoiseSource.class), Collectors.counting()));
    return counts.entrySet().stream().map(e -> e.getKey().label() + " ×" + e.getValue()).collect(Collectors.joining(", "));
  }

  /** Which kinds of noise disturbed pairs, most first: what the verdict's page names as making it inconclusive. */
  public Map<NoiseSource, Long> disturbances() {
    return pairs.stream().filter(pair -> !pair.counts()).collect(Collectors.groupingBy(
        pair -> pair.disturbance().orElseThrow().source(), () -> new EnumMap<>(NoiseSource.class), Collectors.counting()));
  }

  /** The scope of the evidence: {@code 2.04 × [1.97, 2.11] (95 %, 12 pairs)}. */
  public String scope() {
    return estimate.describe(!source.repeatable());
  }

  /** {@code inconclusive (too noisy: ...)}, {@code confirmed}. */
  public String verdictText() {
    return reason.map(r -> outcome.label() + " (" + r.label() + ": " + explanation + ")").orElse(outcome.label());
  }

  /**
   * {@code two / one = 2.04 × [1.97, 2.11] (95 %, 12 pairs), claimed ≈ 2.00 within 15 % [1.70, 2.30]:
   * confirmed}.
   */
  public String describe() {
    return ratio + " = " + scope() + band.map(b -> ", claimed " + b.claim()).orElse("") + ": " + verdictText();
  }

  /** This verdict, inconclusive with {@code reason} because the engine may measure no more pairs. */
  public TimingVerdict spent(String budget) {
    if (outcome != Outcome.INCONCLUSIVE) {
      return this;
    }
    return new TimingVerdict(outcome, ratio, band, estimate, source, pairs, reason, explanation + "; " + budget);
  }
}
