package dev.yieldlab.api.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The statistics behind elapsed-time checks: median, extremes, relative spread. */
@DisplayName("Measurement")
class MeasurementTest {

  private static Measurement ms(long... millis) {
    List<Duration> samples = new ArrayList<>();
    for (long m : millis) {
      samples.add(Duration.ofMillis(m));
    }
    return new Measurement(samples);
  }

  @Test
  @DisplayName("the median of an odd count is the middle sample, whatever order they were measured in")
  void oddMedian() {
    assertThat(ms(50, 10, 30).median()).isEqualTo(Duration.ofMillis(30));
  }

  @Test
  @DisplayName("the median of an even count is the mean of the two middle samples")
  void evenMedian() {
    assertThat(ms(40, 10, 30, 20).median()).isEqualTo(Duration.ofMillis(25));
    // Nanosecond resolution: the mean of 1 ns and 2 ns is not rounded to whole milliseconds.
    assertThat(new Measurement(List.of(Duration.ofNanos(1), Duration.ofNanos(4))).median()).isEqualTo(Duration.ofNanos(2));
  }

  @Test
  @DisplayName("min and max are the extremes, not the first and last measured")
  void extremes() {
    Measurement m = ms(30, 10, 50, 20);
    assertThat(m.min()).isEqualTo(Duration.ofMillis(10));
    assertThat(m.max()).isEqualTo(Duration.ofMillis(50));
  }

  @Test
  @DisplayName("the relative spread is (max - min) / median")
  void spread() {
    assertThat(ms(20, 30, 40).relativeSpread()).isCloseTo(20.0 / 30, within(1e-12));
    assertThat(Measurement.single(Duration.ofSeconds(1)).relativeSpread()).isZero();
  }

  @Test
  @DisplayName("with a zero median the spread is 0, not NaN or infinity (VIRTUAL runs that never sleep)")
  void spreadWithZeroMedian() {
    assertThat(ms(0, 0, 0).relativeSpread()).isZero();
    assertThat(ms(0, 0, 5).relativeSpread()).isZero();
  }

  @Test
  @DisplayName("the samples are a copy: changing the caller's list changes nothing")
  void samplesAreCopied() {
    List<Duration> samples = new ArrayList<>(List.of(Duration.ofMillis(1)));
    Measurement m = new Measurement(samples);
    samples.add(Duration.ofMillis(100));
    assertThat(m.samples()).hasSize(1);
  }

  @Test
  @DisplayName("a measurement without samples is refused")
  void emptyIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Measurement(List.of()))
        .withMessage("a measurement needs at least one sample");
  }

  @Test
  @DisplayName("toString reads as the log header shows it")
  void text() {
    assertThat(ms(1_200, 1_300, 1_234).toString())
        .isEqualTo("median 1.234 s (min 1.200, max 1.300, spread 8.1 %, n=3)");
  }
}
