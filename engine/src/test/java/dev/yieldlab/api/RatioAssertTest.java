package dev.yieldlab.api;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;
import static dev.yieldlab.api.YieldlabAssertions.assertThatIllegalArgumentException;
import static dev.yieldlab.api.YieldlabAssertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Ratio assertions: the message must give both runs' names and times, not just the quotient. */
@DisplayName("RatioAssert and ElapsedRatio")
class RatioAssertTest {

  private static RunResult run(String name, long millis) {
    return new RunResult(name, VariantSpec.DEFAULT, new Timeline(List.of()), Measurement.single(Duration.ofMillis(millis)), null, Optional.empty());
  }

  /** two interleaved tasks / one alone: 3.009 s / 3.000 s = 1.003. */
  private final ElapsedRatio nearlyOne = ElapsedRatio.of(run("twoTasks", 3009), run("oneTask", 3000));
  /** two sequential tasks / one alone = 2. */
  private final ElapsedRatio two = ElapsedRatio.of(run("sequential", 6000), run("oneTask", 3000));

  @Test
  @DisplayName("a ratio reads as numerator / denominator = value (both times)")
  void describesItself() {
    assertThat(nearlyOne.value()).isEqualTo(1.003, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(nearlyOne.toString()).isEqualTo("twoTasks / oneTask = 1.003 (3.009 s / 3.000 s)");
  }

  @Test
  @DisplayName("isCloseTo passes within the tolerance, including its edge")
  void isCloseToPasses() {
    assertThat(nearlyOne).isCloseTo(1.0, 0.1);
    assertThat(two).isCloseTo(1.9, 0.1 + 1e-9);
  }

  @Test
  @DisplayName("isCloseTo fails outside the tolerance, quoting both runs and their times")
  void isCloseToFails() {
    assertThatThrownBy(() -> assertThat(two).isCloseTo(1.0, 0.1))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected elapsed ratio sequential / oneTask = 2.000 (6.000 s / 3.000 s) to be 1.000 ± 0.100,"
            + " but it is 2.000");
  }

  @Test
  @DisplayName("isGreaterThan passes above the minimum and fails at or below it, quoting the runs")
  void isGreaterThan() {
    assertThat(two).isGreaterThan(1.5);
    assertThatThrownBy(() -> assertThat(nearlyOne).isGreaterThan(1.5))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected elapsed ratio twoTasks / oneTask = 1.003 (3.009 s / 3.000 s) to be greater than 1.500");
    assertThatThrownBy(() -> assertThat(two).isGreaterThan(2.0)).isInstanceOf(AssertionError.class);
  }

  @Test
  @DisplayName("isLessThan passes below the maximum and fails at or above it, quoting the runs")
  void isLessThan() {
    assertThat(nearlyOne).isLessThan(1.5);
    assertThatThrownBy(() -> assertThat(two).isLessThan(1.5))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected elapsed ratio sequential / oneTask = 2.000 (6.000 s / 3.000 s) to be less than 1.500");
    assertThatThrownBy(() -> assertThat(two).isLessThan(2.0)).isInstanceOf(AssertionError.class);
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
    assertThatIllegalArgumentException().isThrownBy(() -> ElapsedRatio.of(run("a", 5), run("instant", 0)))
        .withMessageContaining("the denominator run 'instant' took PT0S: a ratio needs a positive time");
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
  @DisplayName("an overridden description (as()) still shows, with the ratio in the message")
  void describedAs() {
    assertThatThrownBy(() -> assertThat(two).as("C2a").isCloseTo(1.0, 0.1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[C2a]")
        .hasMessageContaining("sequential / oneTask = 2.000");
  }
}
