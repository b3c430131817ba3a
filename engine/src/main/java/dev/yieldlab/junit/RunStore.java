package dev.yieldlab.junit;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.timing.RatioSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opentest4j.TestAbortedException;

/**
 * The runs of one experiment execution, filled by run tests and read by check tests; and what it
 * takes to run each variant again, for the pairs a timing check's verdict needs ({@link
 * #rerunnable}), closed when the experiment ends.
 */
final class RunStore implements Runs, AutoCloseable {

  /** Declared variant names per run name, in declaration order. */
  private final Map<String, List<String>> declared = new LinkedHashMap<>();
  private final Map<String, Map<String, RunResult>> results = new HashMap<>();
  private final Map<String, Map<String, Rerunnable>> rerunnable = new HashMap<>();
  /** The ratio sources whose last measuring stopped because the machine stayed busy: not waited for again. */
  private final Set<RatioSource> busy = new HashSet<>();

  RunStore(Iterable<RunMethod> runs) {
    runs.forEach(run -> declared.put(run.name(), run.variants().stream().map(VariantSpec::name).toList()));
  }

  /** A store for runs given by name, each with the variant names it declares. */
  RunStore(Map<String, List<String>> variantsByRun) {
    declared.putAll(variantsByRun);
  }

  /** Explorations of this experiment's explored runs, in the order they ran. */
  private final List<dev.yieldlab.api.explore.Exploration> explorations = new ArrayList<>();

  void putExploration(dev.yieldlab.api.explore.Exploration exploration) {
    explorations.add(exploration);
  }

  /** The explorations whose schedules judged the check named {@code check}. */
  List<dev.yieldlab.api.explore.Exploration> explorationsJudging(String check) {
    return explorations.stream().filter(e -> e.verdictOf(check)
        .filter(v -> v.status() != dev.yieldlab.api.explore.CheckVerdict.Status.NOT_JUDGED).isPresent()).toList();
  }

  void put(RunResult result) {
    results.computeIfAbsent(result.name(), name -> new HashMap<>()).put(result.variant().name(), result);
  }

  /** A run's result, and what runs it again; the store closes its target when the experiment ends. */
  void put(RunResult result, Rerunnable again) {
    put(result);
    Rerunnable earlier = rerunnable.computeIfAbsent(result.name(), name -> new HashMap<>())
        .put(result.variant().name(), again);
    if (earlier != null && earlier.target() != again.target()) {
      earlier.target().close();
    }
  }

  /** What runs {@code run}'s {@code variant} again; empty when it did not run in this execution. */
  Optional<Rerunnable> rerunnable(String run, String variant) {
    return Optional.ofNullable(rerunnable.getOrDefault(run, Map.of()).get(variant));
  }

  /** The result stored for {@code run}'s {@code variant}, failed or not; empty when it did not run. */
  Optional<RunResult> stored(String run, String variant) {
    return Optional.ofNullable(results.getOrDefault(run, Map.of()).get(variant));
  }

  /** Whether the last measuring of {@code source} ended with the machine too busy for its claim. */
  boolean stayedBusy(RatioSource source) {
    return busy.contains(source);
  }

  void stayedBusy(RatioSource source, boolean stayed) {
    if (stayed) {
      busy.add(source);
    } else {
      busy.remove(source);
    }
  }

  /** Closes every variant's target: the experiment has ended. */
  @Override
  public void close() {
    rerunnable.values().forEach(byVariant -> byVariant.values().forEach(again -> again.target().close()));
    rerunnable.clear();
  }

  /** The results of the runs named, every variant that executed, in order: what a check will read. */
  List<RunResult> executed(List<String> names) {
    List<RunResult> executed = new ArrayList<>();
    for (String name : names) {
      Map<String, RunResult> byVariant = results.getOrDefault(name, Map.of());
      declared.getOrDefault(name, List.of()).stream().map(byVariant::get).filter(Objects::nonNull).forEach(executed::add);
    }
    return executed;
  }

  @Override
  public RunResult get(String name) {
    List<String> variants = variantsOf(name);
    if (variants.size() != 1) {
      throw new IllegalArgumentException("run '" + name + "' has the variants " + variants
          + ": name one with runs.get(\"" + name + "\", variant) or read them all with runs.variants(\"" + name + "\")");
    }
    return get(name, variants.getFirst());
  }

  @Override
  public RunResult get(String name, String variant) {
    List<String> variants = variantsOf(name);
    if (!variants.contains(variant)) {
      throw new IllegalArgumentException("run '" + name + "' has no variant '" + variant + "'; it has " + variants);
    }
    RunResult result = results.getOrDefault(name, Map.of()).get(variant);
    if (result == null) {
      String label = variants.size() == 1 ? name : name + " [" + variant + "]";
      throw new TestAbortedException("run '" + label + "' did not execute in this session (not selected,"
          + " or filtered out), so there is nothing to check; select the experiment class to run its runs and checks together");
    }
    result.failure().ifPresent(failure -> {
      throw new TestAbortedException("run '" + result.label() + "' failed, so this check has no evidence to read", failure);
    });
    return result;
  }

  @Override
  public List<RunResult> variants(String name) {
    List<RunResult> all = new ArrayList<>();
    variantsOf(name).forEach(variant -> all.add(get(name, variant)));
    return all;
  }

  List<String> variantsOf(String name) {
    List<String> variants = declared.get(name);
    if (variants == null) {
      throw new IllegalArgumentException("there is no run named '" + name + "'; the runs are " + declared.keySet());
    }
    return variants;
  }
}
