package dev.yieldlab.experiments.support;

import dev.yieldlab.api.Configuration;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.timing.PairSide;
import dev.yieldlab.api.timing.PairedMeasurement;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.api.workers.WorkersResult;

/**
 * One worker against N, the measurement claims C5 and C6 share: C5 (ParallelismExperiment) runs it
 * for each kind of worker, C6 (TimeSlicingExperiment) for processes pinned to one CPU.
 */
public final class Parallelism {

  private Parallelism() {}

  /** One side of the comparison: one worker (baseline) or the N the variant declares (treatment). */
  public static WorkersResult measure(Loop loop, VariantSpec variant, Configuration configuration, PairSide side) {
    Workers many = Workload.sized(Workers.of(variant), configuration);
    return (side == PairSide.BASELINE ? many.count(1) : many).run(loop);
  }

  /** N: how many workers the treatment side ran. */
  public static int workers(PairedMeasurement<WorkersResult> paired) {
    return paired.pairs().getFirst().treatment().workers();
  }

  /**
   * The band around 1 or N that a claim of "N at once" (ratio 1) or "one at a time" (ratio N) means:
   * the half of [1, N] nearer the claimed value, less a tenth of the gap, so that a ratio near the
   * midpoint is no verdict. A claim's meaning, not the machine's noise, which is the interval's
   * business: 0.45 (N - 1).
   */
  public static double tolerance(int workers) {
    return 0.45 * (workers - 1);
  }
}
