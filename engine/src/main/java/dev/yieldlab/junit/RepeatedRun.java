package dev.yieldlab.junit;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.timing.Measurement;
import dev.yieldlab.api.timing.Noise;
import dev.yieldlab.loop.RunIdentity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.CancellationToken;

/**
 * Runs one variant: warm-ups first (their results are dropped: they pay for class loading and JIT
 * compilation), then the measured repetitions, each on a fresh loop and thread. The result keeps
 * every elapsed time, the noise measured around each repetition ({@link NoiseWatch}), and the
 * timeline of the repetition closest to the median, the most typical one.
 * A paired run is one loop run, which repeats in pairs itself ({@link PairedRunTarget}).
 */
final class RepeatedRun {

  private RepeatedRun() {}

  static RunResult execute(Class<?> experiment, RunMethod run, VariantSpec variant, RunTarget target,
      YieldlabConfiguration configuration, CancellationToken cancellation) throws InterruptedException {
    Duration timeout = run.timeout().orElse(configuration.defaultTimeout());
    RunIdentity identity = RunIdentity.of(experiment,
        variant == VariantSpec.DEFAULT ? run.name() : run.name() + " [" + variant.name() + "]");
    int warmups = warmups(run, configuration);
    int repetitions = run.paired() ? 1 : repetitions(run, configuration);
    for (int i = 0; i < warmups; i++) {
      RunOutcome warmup = LoopThreadRunner.run(run.name(), identity, configuration.clock(), timeout,
          configuration.stallThreshold(), cancellation, target);
      if (warmup.failure() != null) {
        return result(run, variant, List.of(warmup), List.of(Noise.UNMEASURED));
      }
    }
    List<RunOutcome> measured = new ArrayList<>();
    List<Noise> noise = new ArrayList<>();
    for (int i = 0; i < repetitions; i++) {
      NoiseWatch watch = NoiseWatch.start(configuration.clock());
      RunOutcome outcome = LoopThreadRunner.run(run.name(), identity, configuration.clock(), timeout,
          configuration.stallThreshold(), cancellation, target);
      measured.add(outcome);
      noise.add(watch.stop());
      if (outcome.failure() != null) {
        return result(run, variant, List.of(outcome), List.of(noise.getLast()));
      }
    }
    return result(run, variant, measured, noise);
  }

  /** Unrecorded runs before the measured ones: only for measured runs. */
  static int warmups(RunMethod run, YieldlabConfiguration configuration) {
    return run.measured() ? configuration.warmups() : 0;
  }

  /**
   * Measured repetitions: the run's own count, raised by the configuration; one for a run that is not
   * measured (a paired run is one loop run, which measures its pairs itself: {@link RunTargets}).
   */
  static int repetitions(RunMethod run, YieldlabConfiguration configuration) {
    return run.measured() ? Math.max(run.repetitions(), configuration.repetitions()) : 1;
  }

  private static RunResult result(RunMethod run, VariantSpec variant, List<RunOutcome> outcomes, List<Noise> noise) {
    Measurement measurement = new Measurement(outcomes.stream().map(RunOutcome::elapsed).toList(), noise, List.of());
    long median = measurement.median().toNanos();
    RunOutcome typical = outcomes.stream()
        .min(Comparator.comparingLong(o -> Math.abs(o.elapsed().toNanos() - median)))
        .orElseThrow();
    return new RunResult(run.name(), variant, typical.timeline(), measurement, typical.value(),
        Optional.ofNullable(typical.failure()), typical.kernel(), typical.yieldPoints(), typical.unobserved());
  }
}
