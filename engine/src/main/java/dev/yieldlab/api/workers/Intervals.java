package dev.yieldlab.api.workers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Overlap arithmetic on half-open [from, to) intervals of epoch nanoseconds. */
final class Intervals {

  private Intervals() {}

  /**
   * The largest number of intervals covering one instant. An interval ending exactly where another
   * starts does not overlap it: a hand-over is not simultaneity.
   */
  static int maxConcurrent(List<long[]> intervals) {
    List<long[]> edges = new ArrayList<>();
    for (long[] interval : intervals) {
      edges.add(new long[] {interval[0], +1});
      edges.add(new long[] {interval[1], -1});
    }
    // Ends before starts at equal times, so touching intervals count as one after the other.
    edges.sort(Comparator.<long[]>comparingLong(edge -> edge[0]).thenComparingLong(edge -> edge[1]));
    int now = 0;
    int max = 0;
    for (long[] edge : edges) {
      now += (int) edge[1];
      max = Math.max(max, now);
    }
    return max;
  }

  /**
   * How long all intervals ran at the same time (latest start to earliest end), as a fraction of the
   * shortest one: 1 when they ran side by side over the same stretch, 0 when one ended before
   * another began.
   */
  static double commonOverlapFraction(List<long[]> intervals) {
    if (intervals.isEmpty()) {
      return 0;
    }
    long latestStart = Long.MIN_VALUE;
    long earliestEnd = Long.MAX_VALUE;
    long shortest = Long.MAX_VALUE;
    for (long[] interval : intervals) {
      latestStart = Math.max(latestStart, interval[0]);
      earliestEnd = Math.min(earliestEnd, interval[1]);
      shortest = Math.min(shortest, interval[1] - interval[0]);
    }
    if (shortest <= 0) {
      return 0;
    }
    return Math.max(0, earliestEnd - latestStart) / (double) shortest;
  }
}
