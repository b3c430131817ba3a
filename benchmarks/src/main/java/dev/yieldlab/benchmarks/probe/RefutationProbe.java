package dev.yieldlab.benchmarks.probe;

import dev.yieldlab.api.explore.CheckVerdict;
import dev.yieldlab.api.explore.Exploration;
import dev.yieldlab.junit.Explorations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 23's evidence targets, measured on the experiments' own explored runs (the bugs of E1, E2 and
 * E4), explored exactly as the engine explores them ({@link Explorations}):
 * <ul>
 *   <li>schedules to the first refutation, per bug and per strategy (the default portfolio, random,
 *       PCT d=3, POS, exhaustive), the median over {@code seeds} seeds, within {@code limit} schedules;</li>
 *   <li>whether each refutation replays: its shrunk id, given back as {@code yieldlab.schedule},
 *       refutes again (the share of all refutations that did);</li>
 *   <li>the shrunk schedule's events against the smallest refuting schedule the exhaustive search
 *       finds with the fewest deviations (bound 1, 2, ... until one refutes): the hand-minimised
 *       schedule, minimised by search rather than by hand;</li>
 *   <li>schedules per second on E1's race with the race fixed (the lock: a schedule never stops the
 *       exploration), for the side by side with Fray.</li>
 * </ul>
 * Prints figure lines ({@code explore.<bug>.<strategy>}, ...) for the comparison.
 *
 * <p>Usage: {@code RefutationProbe seeds limit rateSchedules bug...}, each bug as
 * {@code label=class#run#check}.
 */
public final class RefutationProbe {

  static final List<String> STRATEGIES = List.of("portfolio", "random", "pct3", "pos", "exhaustive");

  private RefutationProbe() {}

  public static void main(String[] args) throws Exception {
    int seeds = Integer.parseInt(args[0]);
    int limit = Integer.parseInt(args[1]);
    int rateSchedules = Integer.parseInt(args[2]);
    int refutations = 0;
    int replayed = 0;
    for (String bug : Arrays.asList(args).subList(3, args.length)) {
      String label = bug.substring(0, bug.indexOf('='));
      String[] where = bug.substring(bug.indexOf('=') + 1).split("#");
      Class<?> experiment = Class.forName(where[0]);
      for (String strategy : STRATEGIES) {
        List<Integer> found = new ArrayList<>();
        int runs = strategy.equals("exhaustive") ? 1 : seeds;
        for (int seed = 1; seed <= runs; seed++) {
          Optional<CheckVerdict.Refutation> refutation = refute(experiment, where[1], where[2], strategy, seed, limit);
          if (refutation.isPresent()) {
            found.add(refutation.get().explored());
            refutations++;
            if (replays(experiment, where[1], where[2], refutation.get())) {
              replayed++;
            }
          }
        }
        String note = String.format(java.util.Locale.ROOT, "median of %d seed(s); refuted in %d within %,d schedules",
            runs, found.size(), limit);
        System.out.println(new FigureLine("explore." + label + "." + strategy, median(found, limit), Double.NaN,
            "schedules", note).format());
      }
      Optional<CheckVerdict.Refutation> shrunk = refute(experiment, where[1], where[2], "portfolio", 1, limit);
      Optional<Integer> minimal = minimalEvents(experiment, where[1], where[2]);
      if (shrunk.isPresent() && minimal.isPresent()) {
        System.out.println(new FigureLine("explore." + label + ".shrunk-events",
            shrunk.get().witness().timeline().events().size(), Double.NaN, "events",
            "the default portfolio's shrunk refuting schedule").format());
        System.out.println(new FigureLine("explore." + label + ".minimal-events", minimal.get(), Double.NaN, "events",
            "the smallest refuting schedule of the exhaustive search with the fewest deviations").format());
      }
    }
    System.out.println(new FigureLine("explore.replayed", refutations == 0 ? Double.NaN : 100.0 * replayed / refutations,
        Double.NaN, "%", replayed + " of " + refutations + " refutations replayed by their id").format());
    rate(rateSchedules);
  }

  /** Explores with one strategy and seed; the check's refutation, if the exploration found one. */
  static Optional<CheckVerdict.Refutation> refute(Class<?> experiment, String run, String check, String strategy,
      int seed, int limit) throws Exception {
    Map<String, String> settings = new HashMap<>(Map.of("yieldlab.explore.schedules", String.valueOf(limit),
        "yieldlab.explore.seed", String.valueOf(seed), "yieldlab.explore.budget", "120s"));
    if (!strategy.equals("portfolio")) {
      settings.put("yieldlab.explore.strategies", strategy);
    }
    Exploration exploration = Explorations.explore(experiment, run, null, settings);
    return exploration.verdictOf(check).filter(v -> v.status() == CheckVerdict.Status.REFUTED)
        .flatMap(CheckVerdict::refutation);
  }

  static boolean replays(Class<?> experiment, String run, String check, CheckVerdict.Refutation refutation)
      throws Exception {
    Exploration again = Explorations.explore(experiment, run, null,
        Map.of("yieldlab.schedule", refutation.shrunk().toString()));
    return again.verdictOf(check).map(v -> v.status() == CheckVerdict.Status.REFUTED).orElse(false);
  }

  /** The events of the first refutation of an exhaustive search bounded to 1, 2, ... deviations. */
  static Optional<Integer> minimalEvents(Class<?> experiment, String run, String check) throws Exception {
    for (int bound = 1; bound <= 6; bound++) {
      Exploration exploration = Explorations.explore(experiment, run, null, Map.of("yieldlab.explore.strategies",
          "exhaustive", "yieldlab.explore.deviations", String.valueOf(bound), "yieldlab.explore.schedules", "100000",
          "yieldlab.explore.budget", "120s"));
      Optional<CheckVerdict.Refutation> found = exploration.verdictOf(check)
          .filter(v -> v.status() == CheckVerdict.Status.REFUTED).flatMap(CheckVerdict::refutation);
      if (found.isPresent()) {
        return Optional.of(found.get().witness().timeline().events().size());
      }
    }
    return Optional.empty();
  }

  /** Schedules per second exploring E1's race with the race fixed, random walk, so that none stops it early. */
  static void rate(int schedules) throws Exception {
    Class<?> e1 = Class.forName("dev.yieldlab.experiments.CheckThenActExperiment");
    Map<String, String> settings = Map.of("yieldlab.explore.strategies", "random", "yieldlab.explore.schedules",
        String.valueOf(schedules), "yieldlab.explore.budget", "120s");
    Explorations.explore(e1, "guarded", null, settings); // warm-up: class loading and JIT
    Exploration measured = Explorations.explore(e1, "guarded", null, settings);
    System.out.println(new FigureLine("explore.e1.rate", measured.schedulesPerSecond(), Double.NaN, "schedules/s",
        String.format(java.util.Locale.ROOT, "%,d schedules of E1's race under a lock, random walk, in %.2f s, checks"
            + " included", measured.schedules(), measured.took().toNanos() / 1e9)).format());
  }

  private static double median(List<Integer> found, int limit) {
    if (found.isEmpty()) {
      return Double.POSITIVE_INFINITY;
    }
    List<Integer> sorted = found.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
