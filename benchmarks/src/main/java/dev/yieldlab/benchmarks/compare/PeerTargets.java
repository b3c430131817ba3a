package dev.yieldlab.benchmarks.compare;

import dev.yieldlab.benchmarks.probe.FigureLine;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Issue 23's targets beside its peer, from the same run: yieldlab's schedules per second on E1's race
 * at least 100 times Fray's best, and no more schedules to the first failure than Fray's best scheduler
 * on the same race. Fray's side is its race on platform threads (benchmarks/fray): E1, and E2 with 4
 * threads for yieldlab's E2 of 4 coroutines.
 */
final class PeerTargets {

  /** A yieldlab race and its Fray counterpart's key part ({@code fray.<race>.<scheduler>.<measure>}). */
  private record Race(String title, String yieldlab, String fray) {}

  private static final List<Race> RACES = List.of(new Race("E1 check-then-act", "e1", "e1-check-then-act"),
      new Race("E2 lost update, 4 tasks", "e2", "e2-lost-update-4"));

  private PeerTargets() {}

  static String render(Measures yieldlab, Measures fray) {
    StringBuilder out = new StringBuilder("| target (issue 23) | yieldlab | Fray's best | met? |\n|---|---|---|---|\n");
    Optional<Double> rate = yieldlab.get("explore.e1.rate").map(FigureLine::value);
    Optional<Double> frayRate = best(fray, "e1-check-then-act", "per-second-fastest", Math::max);
    row(out, "E1: ≥ 100 × Fray's schedules per second (Fray's fastest settings, its best scheduler)",
        rate, frayRate, "schedules/s", (y, f) -> y >= 100 * f);
    for (Race race : RACES) {
      row(out, race.title() + ": no more schedules to the first failure than Fray's best scheduler (medians; yieldlab's"
          + " best strategy, its count including the FIFO schedule it always runs first)",
          ExplorationFigures.STRATEGIES.stream().map(s -> yieldlab.get("explore." + race.yieldlab() + "." + s))
              .flatMap(Optional::stream).map(FigureLine::value).filter(v -> !Double.isInfinite(v)).reduce(Math::min),
          best(fray, race.fray(), "schedules-to-failure", Math::min), "schedules", (y, f) -> y <= f);
    }
    return out.append('\n').toString();
  }

  private static void row(StringBuilder out, String target, Optional<Double> ours, Optional<Double> theirs, String unit,
      java.util.function.BiPredicate<Double, Double> met) {
    out.append("| ").append(target).append(" | ").append(ours.map(v -> format(v, unit)).orElse("not measured"))
        .append(" | ").append(theirs.map(v -> format(v, unit)).orElse("not measured")).append(" | ")
        .append(ours.isPresent() && theirs.isPresent() ? met.test(ours.get(), theirs.get()) ? "met" : "**missed**"
            : "not measured").append(" |\n");
  }

  /** The best over Fray's schedulers of one measure of one race: the largest rate, the fewest schedules. */
  private static Optional<Double> best(Measures fray, String race, String measure,
      java.util.function.BinaryOperator<Double> better) {
    return fray.all().values().stream()
        .filter(line -> line.key().startsWith("fray." + race + ".") && line.key().endsWith("." + measure))
        .map(FigureLine::value).filter(v -> !Double.isNaN(v) && !Double.isInfinite(v)).reduce(better);
  }

  private static String format(double value, String unit) {
    return String.format(Locale.ROOT, value >= 100 ? "%,.0f %s" : "%.1f %s", value, unit);
  }
}
