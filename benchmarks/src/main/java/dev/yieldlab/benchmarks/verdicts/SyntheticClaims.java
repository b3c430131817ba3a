package dev.yieldlab.benchmarks.verdicts;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;
import static dev.yieldlab.api.YieldlabAssertions.withinPercentage;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.timing.PairSide;
import dev.yieldlab.api.timing.PairedSample;
import java.time.Duration;

/**
 * Two timing claims whose truth is known, for the verdict-stability benchmark: calibrated busy work,
 * the treatment doing 2.0 times the baseline's work in one, 2.6 times in the other, both asserted as
 * "2.0 within 15 %". The first is true, so confirmed is right and refuted wrong; the second is false
 * (2.6 lies outside [1.70, 2.30]), so refuted is right and confirmed wrong. One thread does the work:
 * a one-CPU claim, which a steady foreign load on another CPU does not change.
 */
@Experiment(claim = {"V1", "V2"}, title = "Synthetic claims of known truth: calibrated busy work")
public class SyntheticClaims {

  static final Duration BASELINE = Duration.ofMillis(150);
  /** Iterations of the work loop the baseline does: calibrated once to take about {@link #BASELINE}. */
  static final long BASELINE_ITERATIONS = calibrate();

  /** Keeps the work's result alive, so the JIT cannot drop the loop. */
  private static volatile long sink;

  /** One side's work and its time, measured around the loop alone. */
  public record Work(Duration measured) implements PairedSample {}

  @Run(value = "baseline work vs 2.0 times as much", paired = true)
  Work trueTwo(Loop loop, PairSide side) {
    return work(side == PairSide.BASELINE ? 1.0 : 2.0);
  }

  @Run(value = "baseline work vs 2.6 times as much", paired = true)
  Work trueTwoPointSix(Loop loop, PairSide side) {
    return work(side == PairSide.BASELINE ? 1.0 : 2.6);
  }

  @Check(value = "twice the work takes 2.0 times as long (true)", claim = "V1", runs = "trueTwo")
  void twoIsTwo(Runs runs) {
    assertThat(runs.get("trueTwo").paired(Work.class).ratio("2.0 × work", "work")).isCloseTo(2.0, withinPercentage(15));
  }

  @Check(value = "2.6 times the work takes 2.0 times as long (false)", claim = "V2", runs = "trueTwoPointSix")
  void twoPointSixIsTwo(Runs runs) {
    assertThat(runs.get("trueTwoPointSix").paired(Work.class).ratio("2.6 × work", "work"))
        .isCloseTo(2.0, withinPercentage(15));
  }

  private static Work work(double times) {
    long iterations = Math.round(BASELINE_ITERATIONS * times);
    long start = System.nanoTime();
    sink += loop(iterations, sink);
    return new Work(Duration.ofNanos(System.nanoTime() - start));
  }

  /** Dependent 64-bit arithmetic: an LCG step and an xorshift per iteration, which the JIT can neither drop nor vectorize. */
  static long loop(long iterations, long seed) {
    long x = seed | 1;
    for (long i = 0; i < iterations; i++) {
      long y = x * 6364136223846793005L + i;
      x = y ^ (y >>> 29);
    }
    return x;
  }

  /** Iterations per {@link #BASELINE}, from the fastest of several timed runs once the loop is compiled. */
  private static long calibrate() {
    long probe = 2_000_000;
    long fastest = Long.MAX_VALUE;
    for (int i = 0; i < 30; i++) {
      long start = System.nanoTime();
      sink += loop(probe, i);
      fastest = Math.min(fastest, System.nanoTime() - start);
    }
    return Math.max(1, probe * BASELINE.toNanos() / fastest);
  }
}
