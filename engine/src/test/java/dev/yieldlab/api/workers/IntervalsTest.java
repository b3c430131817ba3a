package dev.yieldlab.api.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalsTest {

  @Test
  void intervalsThatOnlyTouchAreOneAfterTheOther() {
    assertThat(Intervals.maxConcurrent(List.of(new long[] {0, 10}, new long[] {10, 20}))).isEqualTo(1);
  }

  @Test
  void nestedIntervalsCountAsConcurrent() {
    assertThat(Intervals.maxConcurrent(List.of(new long[] {0, 10}, new long[] {2, 8}, new long[] {9, 30})))
        .isEqualTo(2);
  }

  @Test
  void sequentialIntervalsShareNothing() {
    assertThat(Intervals.commonOverlapFraction(List.of(new long[] {0, 10}, new long[] {15, 25}))).isZero();
  }

  @Test
  void theCommonOverlapIsMeasuredAgainstTheShortestInterval() {
    assertThat(Intervals.commonOverlapFraction(List.of(new long[] {0, 100}, new long[] {50, 150})))
        .isCloseTo(0.5, within(1e-9));
    assertThat(Intervals.commonOverlapFraction(List.of(new long[] {0, 100}, new long[] {10, 30})))
        .isCloseTo(1.0, within(1e-9));
  }
}
