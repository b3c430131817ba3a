package dev.yieldlab.junit;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Explore;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.explore.ScheduleId;
import dev.yieldlab.explore.ExploreSettings;
import dev.yieldlab.explore.RunFingerprint;
import dev.yieldlab.loop.RunIdentity;
import java.util.Optional;

/**
 * Whether and how a variant is explored: its own {@code @Explore}, or {@code yieldlab.explore.all=N}
 * for a VIRTUAL-clock suite's runs that allow it; the command line's {@code yieldlab.explore.*} over
 * either; and the schedule {@code yieldlab.schedule} names, when it was made for this run.
 *
 * @param settings how to explore it
 * @param declared whether the run declares {@code @Explore} (else {@code explore.all} chose it: a run
 *     that turns out not to be explorable then runs as it always did)
 * @param fingerprint the run's part of schedule ids
 * @param replay the schedule to replay instead of exploring
 * @param identity the run, as its loops name it in misuse messages
 */
record ExplorationPlan(ExploreSettings settings, boolean declared, RunFingerprint fingerprint,
    Optional<ScheduleId> replay, RunIdentity identity) {

  static final String ALL = "yieldlab.explore.all";
  static final String SCHEDULE = "yieldlab.schedule";

  /** The defaults of {@link Explore}, for runs that {@code explore.all} explores. */
  @Explore
  private static void defaults() {}

  /**
   * The plan for {@code variant} of {@code run}, empty when it is not explored. Fails with a clear
   * message for a malformed setting; only explored runs read the settings, so nothing else fails.
   */
  static Optional<ExplorationPlan> of(Class<?> experiment, RunMethod run, VariantSpec variant,
      YieldlabConfiguration configuration) {
    Optional<Explore> declared = run.explore();
    Optional<String> all = configuration.parameters().get(ALL);
    if (declared.isEmpty() && (all.isEmpty() || configuration.clock() != ClockKind.VIRTUAL
        || run.unexplorable().isPresent())) {
      return Optional.empty();
    }
    String where = experiment.getSimpleName() + "." + run.name();
    Explore explore = declared.orElseGet(ExplorationPlan::defaultExplore);
    ExploreSettings settings = ExploreSettings.resolve(explore, key -> {
      if (declared.isEmpty() && key.equals(ExploreSettings.SCHEDULES)) {
        return configuration.parameters().get(key).or(() -> all);
      }
      return configuration.parameters().get(key);
    }, where);
    RunFingerprint fingerprint = RunFingerprint.of(experiment, run.name(),
        run.hasDeclaredVariants() ? variant.name() : null);
    Optional<ScheduleId> replay = configuration.parameters().get(SCHEDULE)
        .map(text -> ScheduleId.parse(text, SCHEDULE))
        .filter(id -> id.run().equals(fingerprint.run()));
    RunIdentity identity = RunIdentity.of(experiment,
        variant == VariantSpec.DEFAULT ? run.name() : run.name() + " [" + variant.name() + "]");
    return Optional.of(new ExplorationPlan(settings, declared.isPresent(), fingerprint, replay, identity));
  }

  private static Explore defaultExplore() {
    try {
      return ExplorationPlan.class.getDeclaredMethod("defaults").getAnnotation(Explore.class);
    } catch (NoSuchMethodException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
