package dev.yieldlab.junit;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.timing.ElapsedRatio;
import dev.yieldlab.api.timing.Noise;
import dev.yieldlab.api.timing.PairedSample;
import dev.yieldlab.api.timing.RatioSource;
import dev.yieldlab.api.timing.RoundSample;
import dev.yieldlab.api.timing.TimedPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.CancellationToken;

/**
 * Times two runs a check compares ({@link ElapsedRatio#of(RunResult, RunResult)}) in pairs: each
 * side a fresh execution of its run's variant on a fresh loop, the two back to back in alternating
 * order, with the machine's noise measured around each. Both runs have run in their own tests before,
 * which were their warm-ups (a measured run had its own warm-ups first). Each side lands in its run's
 * {@link dev.yieldlab.api.timing.Measurement#rounds()}, joined to the other's by its round number.
 */
final class TwoRunsTiming {

  /** Round numbers, unique in the JVM, so that two runs' sides join only with their own partners. */
  private static final AtomicLong ROUNDS = new AtomicLong();

  private TwoRunsTiming() {}

  static PairSchedule.Stop measure(RunStore store, RatioSource.TwoRuns source, PairSchedule.Goal goal,
      YieldlabConfiguration configuration, CancellationToken cancellation) throws Exception {
    Rerunnable numerator = rerunnable(store, source.numeratorRun(), source.numeratorVariant());
    Rerunnable denominator = rerunnable(store, source.denominatorRun(), source.denominatorVariant());
    RunResult top = store.stored(source.numeratorRun(), source.numeratorVariant()).orElseThrow();
    RunResult bottom = store.stored(source.denominatorRun(), source.denominatorVariant()).orElseThrow();
    List<TimedPair> existing = ElapsedRatio.of(top, bottom).pairs();
    List<RoundSample> topRounds = new ArrayList<>();
    List<RoundSample> bottomRounds = new ArrayList<>();
    PairSchedule.Stop stop;
    try {
      stop = PairSchedule.run(goal, existing.size(), (int) existing.stream().filter(TimedPair::counts).count(),
          denominatorFirst -> {
            long round = ROUNDS.incrementAndGet();
            int pair = existing.size() + topRounds.size() + 1;
            Side first = side(denominatorFirst ? denominator : numerator, configuration, cancellation, pair,
                denominatorFirst ? "denominator" : "numerator");
            Side second = side(denominatorFirst ? numerator : denominator, configuration, cancellation, pair,
                denominatorFirst ? "numerator" : "denominator");
            Side numeratorSide = denominatorFirst ? second : first;
            Side denominatorSide = denominatorFirst ? first : second;
            RoundSample up = new RoundSample(round, !denominatorFirst, numeratorSide.compared(), numeratorSide.noise(),
                numeratorSide.cpusNeeded());
            RoundSample down = new RoundSample(round, denominatorFirst, denominatorSide.compared(), denominatorSide.noise(),
                denominatorSide.cpusNeeded());
            topRounds.add(up);
            bottomRounds.add(down);
            int cpusNeeded = Math.max(up.cpusNeeded(), down.cpusNeeded());
            return new PairSchedule.Measured(Noise.disturbance(down.noise(), up.noise(), cpusNeeded,
                Runtime.getRuntime().availableProcessors()), cpusNeeded);
          }, Thread::sleep);
    } finally {
      store.put(withRounds(top, topRounds));
      store.put(withRounds(bottom, bottomRounds));
    }
    return stop;
  }

  private static Rerunnable rerunnable(RunStore store, String run, String variant) {
    return store.rerunnable(run, variant).orElseThrow(() -> new IllegalStateException("run '" + run + "' ["
        + variant + "] did not run in this execution, so it cannot be timed again"));
  }

  private record Side(Duration compared, Noise noise, int cpusNeeded) {}

  private static Side side(Rerunnable again, YieldlabConfiguration configuration, CancellationToken cancellation,
      int pair, String role) throws InterruptedException {
    Duration timeout = again.run().timeout().orElse(configuration.defaultTimeout());
    NoiseWatch watch = NoiseWatch.start(configuration.clock());
    RunOutcome outcome = LoopThreadRunner.run(again.run().name(), configuration.clock(), timeout,
        configuration.stallThreshold(), cancellation, again.target());
    Noise noise = watch.stop();
    if (outcome.failure() != null) {
      String label = again.variant().name().equals(dev.yieldlab.api.VariantSpec.DEFAULT.name()) ? again.run().name()
          : again.run().name() + " [" + again.variant().name() + "]";
      throw new TimedSideFailedException("run '" + label + "' failed when it ran again as the " + role + " of pair "
          + pair + " for this check's timing claim: " + outcome.failure() + ". It passed its own test, so it fails only"
          + " sometimes; make it fail never (its failure is the cause), or the claim has no evidence", outcome.failure());
    }
    if (outcome.value() instanceof PairedSample sample) {
      return new Side(sample.measured(), noise, sample.freeCpusNeeded());
    }
    return new Side(outcome.elapsed(), noise, 1);
  }

  private static RunResult withRounds(RunResult result, List<RoundSample> rounds) {
    return new RunResult(result.name(), result.variant(), result.timeline(), result.measurement().withRounds(rounds),
        result.value(), result.failure(), result.kernel(), result.yieldPoints());
  }
}
