package dev.yieldlab.api.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The estimate: geometric mean of the pair ratios and Student's t interval on their logarithms. */
@DisplayName("RatioEstimate: t interval on log pair ratios")
class RatioEstimateTest {

  @Test
  @DisplayName("the point is the geometric mean; the interval is exp(mean ± t(0.975, n-1) sd / √n) of the logs")
  void tIntervalOnLogs() {
    RatioEstimate estimate = RatioEstimate.of(List.of(2.0, 2.1, 1.9));
    double[] logs = {Math.log(2.0), Math.log(2.1), Math.log(1.9)};
    double mean = (logs[0] + logs[1] + logs[2]) / 3;
    double sd = Math.sqrt(((logs[0] - mean) * (logs[0] - mean) + (logs[1] - mean) * (logs[1] - mean)
        + (logs[2] - mean) * (logs[2] - mean)) / 2);
    double half = 4.3027 * sd / Math.sqrt(3);

    assertThat(estimate.point()).isCloseTo(Math.exp(mean), within(1e-12));
    assertThat(estimate.lower()).isCloseTo(Math.exp(mean - half), within(1e-12));
    assertThat(estimate.upper()).isCloseTo(Math.exp(mean + half), within(1e-12));
    assertThat(estimate.pairs()).isEqualTo(3);
    assertThat(estimate.spread()).isCloseTo(sd, within(1e-12));
    assertThat(estimate.describe(false)).isEqualTo("2.00 × [1.76, 2.26] (95 %, 3 pairs)");
  }

  @Test
  @DisplayName("one pair has no interval, none has no point; ratios must be positive")
  void edges() {
    assertThat(RatioEstimate.of(List.of(1.5)).hasInterval()).isFalse();
    assertThat(RatioEstimate.of(List.of(1.5)).describe(false)).isEqualTo("1.50 × (1 pair, no interval)");
    assertThat(RatioEstimate.of(List.of(1.5)).describe(true)).isEqualTo("1.50 × (one measurement)");
    assertThat(RatioEstimate.of(List.of()).describe(false)).isEqualTo("no pairs");
    assertThatIllegalArgumentException().isThrownBy(() -> RatioEstimate.of(List.of(1.0, 0.0)));
    assertThat(RatioEstimate.number(0.00312)).isEqualTo("0.00312");
  }

  @Test
  @DisplayName("b/a's interval is the reciprocal of a/b's")
  void symmetricUnderInversion() {
    RatioEstimate forward = RatioEstimate.of(List.of(2.0, 2.3, 1.8, 2.1));
    RatioEstimate backward = RatioEstimate.of(List.of(1 / 2.0, 1 / 2.3, 1 / 1.8, 1 / 2.1));

    assertThat(backward.lower()).isCloseTo(1 / forward.upper(), within(1e-12));
    assertThat(backward.upper()).isCloseTo(1 / forward.lower(), within(1e-12));
  }

  @Test
  @DisplayName("t quantiles: the table to 30 degrees of freedom, the Cornish-Fisher expansion beyond, within 0.001")
  void quantiles() {
    assertThat(RatioEstimate.tQuantile975(1)).isEqualTo(12.7062);
    assertThat(RatioEstimate.tQuantile975(30)).isEqualTo(2.0423);
    assertThat(RatioEstimate.tQuantile975(31)).isCloseTo(2.0395, within(0.001));
    assertThat(RatioEstimate.tQuantile975(40)).isCloseTo(2.0211, within(0.001));
    assertThat(RatioEstimate.tQuantile975(120)).isCloseTo(1.9799, within(0.001));
  }

  @Test
  @DisplayName("coverage: over 4,000 simulated sets of 3 to 12 log-normal pair ratios, the 95 % interval holds the truth 94-96 % of the time")
  void coverage() {
    Random random = new Random(24);
    int trials = 4_000;
    int covered = 0;
    for (int i = 0; i < trials; i++) {
      int n = 3 + random.nextInt(10);
      double[] ratios = new double[n];
      for (int k = 0; k < n; k++) {
        ratios[k] = 2.0 * Math.exp(0.05 * random.nextGaussian());
      }
      RatioEstimate estimate = RatioEstimate.of(java.util.Arrays.stream(ratios).boxed().toList());
      if (estimate.lower() <= 2.0 && 2.0 <= estimate.upper()) {
        covered++;
      }
    }
    assertThat((double) covered / trials).isBetween(0.94, 0.96);
  }
}
