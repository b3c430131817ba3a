package dev.yieldlab.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.explore.Exploration;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Explores one run of an experiment from code, outside a test run: what a benchmark or a script
 * needs to measure exploration itself (schedules to the first refutation, per strategy) on the
 * experiments' own runs and checks. The run is explored exactly as the engine explores it in a test
 * run, its checks judged on every schedule; checks that read other runs are not judged (those runs do
 * not run here).
 */
@API(status = EXPERIMENTAL, since = "0.3")
public final class Explorations {

  private Explorations() {}

  /**
   * Explores run {@code run} (its method name; its single variant, or the one named {@code variant})
   * of {@code experiment} with {@code settings}, configuration parameters such as {@code
   * yieldlab.explore.strategies=pct3} over its {@code @Explore}; returns what the exploration found.
   */
  public static Exploration explore(Class<?> experiment, String run, String variant, Map<String, String> settings)
      throws Exception {
    ExperimentModel model = ExperimentModel.of(experiment);
    if (!model.classProblems().isEmpty() || !model.runs().containsKey(run)) {
      throw new IllegalArgumentException(experiment.getName() + " has no usable @Run " + run + ": "
          + model.classProblems() + model.methodProblems().values());
    }
    RunMethod method = model.runs().get(run);
    VariantSpec spec = variant == null ? method.variants().getFirst()
        : method.variants().stream().filter(v -> v.name().equals(variant)).findFirst().orElseThrow();
    YieldlabConfiguration configuration = YieldlabConfiguration.from(parameters(settings));
    ExplorationPlan plan = ExplorationPlan.of(experiment, method, spec, configuration)
        .orElseThrow(() -> new IllegalArgumentException(experiment.getSimpleName() + "." + run + " is not @Explore'd"));
    Constructor<?> constructor = experiment.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object instance = constructor.newInstance();
    RunTarget target = RunTargets.forVariant(experiment, instance, method, spec, configuration);
    try {
      ExploredRun.Outcome outcome = ExploredRun.execute(plan, method, spec, target, configuration,
          CancellationToken.create(), model.checks().values().stream().filter(c -> c.runs().contains(run)).toList(),
          instance, new RunStore(model.runs().values()));
      if (outcome == null || outcome.exploration().isEmpty()) {
        throw new IllegalStateException("exploring " + experiment.getSimpleName() + "." + run + " failed: "
            + (outcome == null ? "not explorable" : outcome.fifo().failure().map(Throwable::toString).orElse("")));
      }
      return outcome.exploration().get();
    } finally {
      target.close();
    }
  }

  private static ConfigurationParameters parameters(Map<String, String> settings) {
    return new ConfigurationParameters() {
      @Override
      public Optional<String> get(String key) {
        return Optional.ofNullable(settings.get(key));
      }

      @Override
      public Optional<Boolean> getBoolean(String key) {
        return get(key).map(Boolean::parseBoolean);
      }

      @Override
      public Set<String> keySet() {
        return settings.keySet();
      }
    };
  }
}
