package dev.yieldlab.benchmarks.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Issue 23's rows: explored schedules per second next to the same run once, and per bug of E1, E2
 * and E4 the schedules to its first refutation (the default portfolio in the figures table; every
 * strategy in a table of its own, like Fray's artifact), the refutations that replayed by their id,
 * and the shrunk schedule's events next to the smallest refuting schedule.
 */
final class ExplorationFigures {

  /**
   * One bug an experiment shows: its row label, and the explored run and the check it refutes.
   *
   * @param key the figure keys' part, {@code explore.<key>.<strategy>}
   */
  record Bug(String key, String title, String experiment, String run, String check) {
    /** {@code key=class#run#check}: how {@code RefutationProbe} takes it. */
    String argument() {
      return key + "=dev.yieldlab.experiments." + experiment + "#" + run + "#" + check;
    }
  }

  static final List<Bug> BUGS = List.of(
      new Bug("e1", "E1: check-then-act across a yield", "CheckThenActExperiment", "unguarded", "explorationFindsTheRace"),
      new Bug("e2", "E2: lost update across a yield (4 tasks, FIFO loses none)", "LostUpdateExploredExperiment",
          "explored", "explorationLosesAnUpdate"),
      new Bug("e4-lock", "E4: asyncio Lock, a woken waiter cancelled (bpo-27585)", "AsyncioLockCancelExperiment",
          "beforeTheFix", "bugFound"),
      new Bug("e4-queue", "E4: asyncio Queue.get cancelled after the hand-over (bpo-23812)",
          "AsyncioQueueGetCancelExperiment", "beforeTheFix", "bugFound"),
      new Bug("e4-condition", "E4: asyncio Condition, a notified waiter cancelled (gh-112202)",
          "AsyncioConditionNotifyCancelExperiment", "beforeTheFix", "bugFound"),
      new Bug("e4-wait-for-leak", "E4: wait_for leaks the result (bpo-37658)", "AsyncioWaitForCancelExperiment",
          "droppingTheResult", "leakFound"),
      new Bug("e4-wait-for-swallow", "E4: wait_for swallows the cancellation (gh-86296)",
          "AsyncioWaitForCancelExperiment", "swallowingTheCancellation", "swallowFound"));

  static final List<String> STRATEGIES = List.of("portfolio", "random", "pct3", "pos", "exhaustive");

  static final Figure SCHEDULE_2 = Figure.of("explored schedule: 2 tasks x 10 yields, default portfolio, check included (VIRTUAL)",
      "us", "ExplorationBenchmark.explore[tasks=2]", null);
  static final Figure ONCE_2 = Figure.of("the same run executed once in a fresh loop, unexplored",
      "us", "ExplorationBenchmark.runOnce[tasks=2]", null);
  static final Figure SCHEDULE_10 = Figure.of("explored schedule: 10 tasks x 10 yields, default portfolio, check included (VIRTUAL)",
      "us", "ExplorationBenchmark.explore[tasks=10]", null);
  static final Figure ONCE_10 = Figure.of("the same run executed once in a fresh loop, unexplored",
      "us", "ExplorationBenchmark.runOnce[tasks=10]", null);
  static final Figure E1_RATE = Figure.of("explored schedules per second on E1's race (fixed by its lock), random walk, checks included",
      "schedules/s", "explore.e1.rate", null);
  static final Figure REPLAYED = Figure.of("refutations of the bugs below that replayed by their shrunk id",
      "%", "explore.replayed", null);

  private ExplorationFigures() {}

  static Figure firstRefutation(Bug bug, String strategy) {
    return Figure.of("schedules to the first refutation, " + strategy + ": " + bug.title(), "schedules",
        "explore." + bug.key() + "." + strategy, null);
  }

  static Figure shrunkEvents(Bug bug) {
    return Figure.of("shrunk refuting schedule's events: " + bug.title(), "events",
        "explore." + bug.key() + ".shrunk-events", null);
  }

  static Figure minimalEvents(Bug bug) {
    return Figure.of("the fewest-deviation refuting schedule's events (exhaustive search): " + bug.title(), "events",
        "explore." + bug.key() + ".minimal-events", null);
  }

  /** The rows of the figures table, in order. */
  static List<Figure> all() {
    List<Figure> rows = new ArrayList<>(List.of(SCHEDULE_2, ONCE_2, SCHEDULE_10, ONCE_10, E1_RATE, REPLAYED));
    for (Bug bug : BUGS) {
      rows.add(firstRefutation(bug, "portfolio"));
      rows.add(shrunkEvents(bug));
      rows.add(minimalEvents(bug));
    }
    return rows;
  }

  /** {@code RefutationProbe}'s arguments: seeds, the schedules within which a bug must be found, the rate run's schedules, the bugs. */
  static List<String> probeArguments(int seeds, int limit, int rateSchedules) {
    List<String> arguments = new ArrayList<>(List.of(String.valueOf(seeds), String.valueOf(limit),
        String.valueOf(rateSchedules)));
    BUGS.forEach(bug -> arguments.add(bug.argument()));
    return arguments;
  }

  /** The keys the bug x strategy table shows: a row of the figures table each would be a table too many. */
  static java.util.Set<String> tableKeys() {
    java.util.Set<String> keys = new java.util.HashSet<>();
    BUGS.forEach(bug -> STRATEGIES.forEach(strategy -> keys.add(firstRefutation(bug, strategy).yieldlabKey())));
    return keys;
  }

  /** The bug x strategy table of schedules to the first refutation, in Markdown. */
  static String table(Measures measures) {
    StringBuilder out = new StringBuilder("## Schedules to the first refutation, per bug and strategy\n\n")
        .append("The median over seeds 1 to 5 (one run for the exhaustive search) of how many schedules had run when the")
        .append(" check was first refuted, FIFO's included; `none` when no schedule within the limit refuted it.")
        .append(" From `RefutationProbe`, which explores the experiments' own runs as the engine does.\n\n")
        .append("| bug |");
    STRATEGIES.forEach(strategy -> out.append(' ').append(strategy).append(" |"));
    out.append("\n|---|").append("---|".repeat(STRATEGIES.size())).append('\n');
    for (Bug bug : BUGS) {
      out.append("| ").append(bug.title()).append(" |");
      for (String strategy : STRATEGIES) {
        out.append(' ').append(firstRefutation(bug, strategy).yieldlab(measures)
            .map(v -> Double.isInfinite(v.value()) ? "none" : String.format(java.util.Locale.ROOT, "%.0f", v.value()))
            .orElse("not measured")).append(" |");
      }
      out.append('\n');
    }
    return out.append('\n').toString();
  }
}
