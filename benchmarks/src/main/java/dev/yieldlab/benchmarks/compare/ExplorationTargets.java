package dev.yieldlab.benchmarks.compare;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Issue 23's targets, judged from this run's figures, on the rows of {@link ExplorationFigures}. */
final class ExplorationTargets {

  private ExplorationTargets() {}

  static void judge(Map<Figure, List<Targets.Verdict>> byFigure, Measures m) {
    add(byFigure, ExplorationFigures.SCHEDULE_2, Targets.atLeast("issue 23: ≥ 50,000 schedules/s",
        rate(ExplorationFigures.SCHEDULE_2.yieldlab(m)), 50_000, "schedules/s"));
    add(byFigure, ExplorationFigures.SCHEDULE_2, Targets.atMost("issue 23: ≤ 2 × the same run once",
        Targets.ratio(ExplorationFigures.SCHEDULE_2.yieldlab(m), ExplorationFigures.ONCE_2.yieldlab(m)), 2, "×"));
    add(byFigure, ExplorationFigures.SCHEDULE_10, Targets.atLeast("issue 23: ≥ 10,000 schedules/s",
        rate(ExplorationFigures.SCHEDULE_10.yieldlab(m)), 10_000, "schedules/s"));
    add(byFigure, ExplorationFigures.SCHEDULE_10, Targets.atMost("issue 23: ≤ 2 × the same run once",
        Targets.ratio(ExplorationFigures.SCHEDULE_10.yieldlab(m), ExplorationFigures.ONCE_10.yieldlab(m)), 2, "×"));
    add(byFigure, ExplorationFigures.REPLAYED, Targets.atLeast("issue 23: 100 % of refutations replay",
        ExplorationFigures.REPLAYED.yieldlab(m).map(Value::value), 100, "%"));
    for (ExplorationFigures.Bug bug : ExplorationFigures.BUGS) {
      Figure first = ExplorationFigures.firstRefutation(bug, "portfolio");
      add(byFigure, first, Targets.atMost("issue 23: found within 1,000 schedules by the default portfolio",
          first.yieldlab(m).map(Value::value), 1_000, "schedules"));
      add(byFigure, ExplorationFigures.shrunkEvents(bug), Targets.atMost("issue 23: ≤ 2 × the events of the minimal one",
          Targets.ratio(ExplorationFigures.shrunkEvents(bug).yieldlab(m), ExplorationFigures.minimalEvents(bug).yieldlab(m)),
          2, "×"));
    }
  }

  /** Schedules per second from microseconds per schedule. */
  private static Optional<Double> rate(Optional<Value> microsPerSchedule) {
    return microsPerSchedule.map(v -> 1e6 / v.value());
  }

  private static void add(Map<Figure, List<Targets.Verdict>> byFigure, Figure figure, Targets.Verdict verdict) {
    byFigure.computeIfAbsent(figure, f -> new java.util.ArrayList<>()).add(verdict);
  }
}
