package dev.yieldlab.experiments.support;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.timing.ElapsedRatio;

/**
 * Which side of a line a ratio lies on, as a timing verdict: the summary tables' "parallel?" and
 * "fit for I/O-bound?" columns are such sides (below the midpoint between 1 and N, or above it).
 * Decided by the ratio's whole interval; one that straddles the line leaves the asking check
 * inconclusive, and the engine measures more pairs of that ratio before it asks again.
 */
public final class TimingSides {

  private TimingSides() {}

  /** Whether {@code ratio}'s interval lies below {@code line} (true) or above it (false). */
  public static boolean below(ElapsedRatio ratio, double line) {
    double point = ratio.value();
    if (!Double.isNaN(point) && point < line) {
      assertThat(ratio).as("below %.2f", line).isLessThan(line);
      return true;
    }
    assertThat(ratio).as("above %.2f", line).isGreaterThan(line);
    return false;
  }
}
