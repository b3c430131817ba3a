package dev.yieldlab.api.timing;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;
import static dev.yieldlab.api.YieldlabAssertions.assertThatIllegalArgumentException;
import static dev.yieldlab.api.YieldlabAssertions.assertThatThrownBy;
import static dev.yieldlab.api.YieldlabAssertions.within;
import static dev.yieldlab.api.YieldlabAssertions.withinPercentage;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.timeline.Timeline;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Ratio assertions as three verdicts: an interval inside the band confirms, one outside refutes,
 * anything else is inconclusive with its reason; a ratio of two parts of one run is judged by its
 * value. Messages show the interval, the pairs and the band.
 */
@DisplayName("RatioAssert and ElapsedRatio")
class RatioAssertTest {

  private static RunResult run(String name, long millis) {
    return new RunResult(name, VariantSpec.DEFAULT, new Timeline(List.of()), Measurement.single(Duration.ofMillis(millis)), null, Optional.empty());
  }

  /** A ratio of two runs timed in pairs whose ratios are {@code ratios} (baseline 100 ms each). */
  static ElapsedRatio paired(double... ratios) {
    List<TimedPair> pairs = Arrays.stream(ratios)
        .mapToObj(r -> TimedPair.of(Duration.ofNanos(Math.round(r * 100_000_000)), Duration.ofMillis(100))).toList();
    return new ElapsedRatio("two", "one", pairs, new RatioSource.TwoRuns("two", "plain", "one", "plain"));
  }

  /** two interleaved tasks / one alone, one measurement: 3.009 s / 3.000 s = 1.003. */
  private final ElapsedRatio nearlyOne = new ElapsedRatio("twoTasks", Duration.ofMillis(3009), "oneTask", Duration.ofMillis(3000));
  /** two sequential tasks / one alone = 2. */
  private final ElapsedRatio two = new ElapsedRatio("sequential", Duration.ofMillis(6000), "oneTask", Duration.ofMillis(3000));

  @Test
  @DisplayName("a ratio of two parts of one run reads as numerator / denominator = value (both times)")
  void describesItself() {
    assertThat(nearlyOne.value()).isEqualTo(1.003, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(nearlyOne.toString()).isEqualTo("twoTasks / oneTask = 1.003 (3.009 s / 3.000 s)");
  }

  @Test
  @DisplayName("a ratio from pairs reads as its estimate: point, 95 % interval, pairs")
  void describesItsEstimate() {
    assertThat(paired(2.0, 2.1, 1.9).toString()).isEqualTo("two / one = 2.00 × [1.76, 2.26] (95 %, 3 pairs)");
  }

  @Test
  @DisplayName("one measurement: isCloseTo passes within the tolerance, including its edge, and fails outside it")
  void oneMeasurement() {
    assertThat(nearlyOne).isCloseTo(1.0, 0.1);
    assertThat(two).isCloseTo(1.9, 0.1 + 1e-9);
    assertThatThrownBy(() -> assertThat(two).isCloseTo(1.0, 0.1))
        .isInstanceOf(RatioClaimFailure.class)
        .hasMessage("Expected elapsed ratio sequential / oneTask = 2.000 (6.000 s / 3.000 s) to be ≈ 1.00 ± 0.1"
            + " [0.90, 1.10], but it is 2.00 (one measurement): refuted");
  }

  @Test
  @DisplayName("confirmed: the whole interval inside the band; isCloseTo(e, t), within(t) and withinPercentage(p) mean bands alike")
  void confirmed() {
    ElapsedRatio ratio = paired(2.0, 2.02, 1.98, 2.01);

    assertThat(ratio).isCloseTo(2.0, 0.3).isCloseTo(2.0, within(0.3)).isCloseTo(2.0, withinPercentage(15))
        .isGreaterThan(1.5).isLessThan(2.5);
  }

  @Test
  @DisplayName("refuted: the whole interval outside the band, a ratio-claim failure that carries its verdict")
  void refuted() {
    ElapsedRatio ratio = paired(2.6, 2.62, 2.58, 2.61);

    assertThatThrownBy(() -> assertThat(ratio).isCloseTo(2.0, withinPercentage(15)))
        .isInstanceOf(RatioClaimFailure.class)
        .hasMessage("Expected elapsed ratio two / one = 2.60 × [2.58, 2.63] (95 %, 4 pairs) to be ≈ 2.00 within 15 %"
            + " [1.70, 2.30], but the whole interval lies above it: refuted")
        .satisfies(failure -> assertThat(((RatioClaimFailure) failure).verdict().outcome())
            .isEqualTo(TimingVerdict.Outcome.REFUTED));
    assertThatThrownBy(() -> assertThat(ratio).isLessThan(2.0)).hasMessageContaining("lies above it");
    assertThatThrownBy(() -> assertThat(paired(0.5, 0.51, 0.49)).isGreaterThan(1.0)).hasMessageContaining("lies below it");
  }

  @Test
  @DisplayName("inconclusive: an interval that straddles the band's edge is neither, with the reason; never a pass or a failure")
  void straddlesTheEdge() {
    ElapsedRatio ratio = paired(2.25, 2.35, 2.3, 2.28);

    assertThatThrownBy(() -> assertThat(ratio).isCloseTo(2.0, withinPercentage(15)))
        .isInstanceOf(InconclusiveTimingException.class)
        .hasMessageStartingWith("Elapsed ratio two / one = 2.29 × [2.23, 2.36] (95 %, 4 pairs), claimed ≈ 2.00 within 15 %"
            + " [1.70, 2.30]: inconclusive (budget spent: the interval 2.29 × [2.23, 2.36] (95 %, 4 pairs) straddles the"
            + " band's edge 2.30")
        .satisfies(thrown -> assertThat(((InconclusiveTimingException) thrown).verdict().reason())
            .contains(TimingVerdict.Reason.BUDGET_SPENT));
  }

  @Test
  @DisplayName("inconclusive: too noisy when the pairs' ratios vary by more than 10 %")
  void tooNoisy() {
    assertThatThrownBy(() -> assertThat(paired(1.5, 2.6, 2.0)).isCloseTo(2.0, withinPercentage(15)))
        .isInstanceOf(InconclusiveTimingException.class)
        .hasMessageContaining("inconclusive (too noisy: the pairs' ratios vary by 28 % (coefficient of variation)");
  }

  @Test
  @DisplayName("inconclusive: too few pairs, naming what disturbed the others; a precondition that never held says so")
  void tooFewPairs() {
    assertThatThrownBy(() -> assertThat(paired(2.0)).isCloseTo(2.0, withinPercentage(15)))
        .isInstanceOf(InconclusiveTimingException.class).hasMessageContaining("too few pairs: 1 pair counts, an interval needs 2");
    Disturbance busy = new Disturbance(NoiseSource.FOREIGN_LOAD, "other processes kept 1.00 CPUs busy during the"
        + " treatment; the claim needs 2 free CPUs of 2", true);
    TimedPair disturbed = new TimedPair(Duration.ofMillis(200), Duration.ofMillis(100), true, Noise.UNMEASURED,
        Noise.UNMEASURED, Optional.of(busy));
    ElapsedRatio none = new ElapsedRatio("two", "one", List.of(disturbed, disturbed), new RatioSource.PairedRun("w", "threads"));
    assertThatThrownBy(() -> assertThat(none).isCloseTo(1.0, withinPercentage(15)))
        .isInstanceOf(InconclusiveTimingException.class)
        .hasMessageContaining("inconclusive (foreign load: its precondition did not hold in any pair: other processes"
            + " kept 1.00 CPUs busy during the treatment; the claim needs 2 free CPUs of 2; 2 of 2 pairs did not count:"
            + " foreign load ×2)");
  }

  @Test
  @DisplayName("two runs' ratio rests on the pairs they were timed in together; before any, it is inconclusive, for the engine to measure")
  void twoRunsJoinByRound() {
    assertThatThrownBy(() -> assertThat(ElapsedRatio.of(run("twoTasks", 3009), run("oneTask", 3000))).isCloseTo(1.0, 0.1))
        .isInstanceOf(InconclusiveTimingException.class).hasMessageContaining("too few pairs: 0 pairs count");
    RunResult top = withRounds(run("twoTasks", 3009), new RoundSample(7, true, Duration.ofMillis(3010), Noise.UNMEASURED, 1),
        new RoundSample(9, false, Duration.ofMillis(3006), Noise.UNMEASURED, 1));
    RunResult bottom = withRounds(run("oneTask", 3000), new RoundSample(7, false, Duration.ofMillis(3000), Noise.UNMEASURED, 1),
        new RoundSample(8, true, Duration.ofMillis(9999), Noise.UNMEASURED, 1),
        new RoundSample(9, true, Duration.ofMillis(3002), Noise.UNMEASURED, 1));

    ElapsedRatio ratio = ElapsedRatio.of(top, bottom);
    assertThat(ratio.pairs()).hasSize(2);
    assertThat(ratio.pairs().getFirst().numeratorFirst()).isTrue();
    assertThat(ratio.source()).isEqualTo(new RatioSource.TwoRuns("twoTasks", "plain", "oneTask", "plain"));
    assertThat(ratio).isCloseTo(1.0, 0.1);
  }

  private static RunResult withRounds(RunResult result, RoundSample... rounds) {
    return new RunResult(result.name(), result.variant(), result.timeline(),
        result.measurement().withRounds(List.of(rounds)), null, Optional.empty());
  }

  @Test
  @DisplayName("the assertions chain")
  void chains() {
    assertThat(nearlyOne).isGreaterThan(0.9).isLessThan(1.1).isCloseTo(1.0, 0.01);
  }

  @Test
  @DisplayName("a null ratio fails as an assertion, not with NullPointerException")
  void nullRatio() {
    assertThatThrownBy(() -> assertThat((ElapsedRatio) null).isCloseTo(1, 0.1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  @DisplayName("a ratio over a run that took no time is refused, naming that run")
  void zeroDenominator() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ElapsedRatio("a", Duration.ofMillis(5), "instant", Duration.ZERO))
        .withMessageContaining("the denominator run 'instant' took PT0S: a ratio needs a positive time");
  }

  @Test
  @DisplayName("bad input: a band that cannot be met and a run compared with itself are refused, naming the ratio and the fix")
  void badInput() {
    assertThatThrownBy(() -> assertThat(two).isCloseTo(2.0, -0.1)).isInstanceOf(MalformedTimingClaimException.class)
        .hasMessage("the ratio sequential / oneTask: the band 2.00 ± -0.1 is negative, so no interval could ever lie"
            + " inside it and the claim could never be confirmed: give a positive tolerance, e.g. isCloseTo(2.00, 0.3)");
    assertThatThrownBy(() -> assertThat(two).isCloseTo(2.0, withinPercentage(0))).isInstanceOf(MalformedTimingClaimException.class)
        .hasMessageContaining("the band 2.00 within 0 % is empty");
    assertThatThrownBy(() -> assertThat(two).isCloseTo(-1.0, 0.5)).isInstanceOf(MalformedTimingClaimException.class)
        .hasMessageContaining("the expected ratio is -1, but a ratio of two elapsed times is positive");
    assertThatThrownBy(() -> assertThat(two).isLessThan(0)).isInstanceOf(MalformedTimingClaimException.class)
        .hasMessageContaining("no ratio of two elapsed times is less than 0 ");
    RunResult one = run("oneTask", 3000);
    assertThatThrownBy(() -> ElapsedRatio.of(one, one)).isInstanceOf(MalformedTimingClaimException.class)
        .hasMessageContaining("compares run 'oneTask' with itself: its ratio is 1 by construction");
  }

  @Test
  @DisplayName("a ratio whose names contain % fails with its message, not with a format error")
  void percentInNames() {
    ElapsedRatio loaded = new ElapsedRatio("cpu at 100%", Duration.ofSeconds(2), "idle %d", Duration.ofSeconds(1));
    assertThatThrownBy(() -> assertThat(loaded).isCloseTo(1.0, 0.1))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected elapsed ratio cpu at 100% / idle %d = 2.000");
    assertThatThrownBy(() -> assertThat(loaded).isLessThan(1.0)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(loaded).isGreaterThan(3.0)).isInstanceOf(AssertionError.class);
  }

  @Test
  @DisplayName("an overridden description (as()) still shows, with the ratio in the message, refuted or inconclusive")
  void describedAs() {
    assertThatThrownBy(() -> assertThat(two).as("C2a").isCloseTo(1.0, 0.1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[C2a]")
        .hasMessageContaining("sequential / oneTask = 2.000");
    assertThatThrownBy(() -> assertThat(paired(2.0)).as("C5").isCloseTo(2.0, 0.1))
        .isInstanceOf(InconclusiveTimingException.class).hasMessageStartingWith("[C5] Elapsed ratio two / one");
  }

  @Test
  @DisplayName("each verdict is handed to the engine's collector while one collects, and only then")
  void verdictsAreCollected() {
    assertThat(TimingVerdicts.stop()).isEmpty();
    TimingVerdicts.collect();
    assertThat(paired(2.0, 2.02, 1.98)).isCloseTo(2.0, withinPercentage(15));
    assertThat(TimingVerdicts.stop()).singleElement().satisfies(verdict -> {
      assertThat(verdict.outcome()).isEqualTo(TimingVerdict.Outcome.CONFIRMED);
      assertThat(verdict.scope()).isEqualTo("2.00 × [1.95, 2.05] (95 %, 3 pairs)");
    });
    assertThat(paired(2.0, 2.02, 1.98)).isCloseTo(2.0, withinPercentage(15));
    assertThat(TimingVerdicts.stop()).isEmpty();
  }
}
