package dev.yieldlab.benchmarks.probe;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample, the definition the asyncio script uses too. */
final class Percentiles {

  private final double[] sorted;

  Percentiles(double[] samples) {
    this.sorted = samples.clone();
    Arrays.sort(sorted);
  }

  /** The smallest sample with at least {@code percent} % of the samples at or below it. */
  double at(double percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
