package dev.yieldlab.api.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.RunResult;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What exploring one run found: how many schedules, by which strategy, in how long, the run's
 * distinct outcomes (jcstress's table), and each check's verdict.
 *
 * @param run the run explored: {@code CheckThenActExperiment.unguarded}
 * @param schedules schedules run, the FIFO one included
 * @param byStrategy how many each strategy gave, in the order they took turns
 * @param complete whether an exhaustive search ended: then the schedules are every schedule of the run
 *     (within {@code deviationBound} deviations, when it is not -1)
 * @param deviationBound the exhaustive search's bound, -1 for none
 * @param took wall time, the checks' judging included
 * @param stopped why it stopped: "every schedule explored", "10,000 schedules", "budget of 10s spent", ...
 * @param fifo the run's result on the FIFO schedule, what an unexplored run does
 * @param outcomes the run's distinct results, most frequent first
 * @param verdicts per check that may read the run, its verdict
 * @param notes what a reader should know: a search too large to finish, a schedule from another build
 * @param replayed the schedule replayed, when {@code yieldlab.schedule} named one instead of exploring
 */
@API(status = EXPERIMENTAL, since = "0.3")
public record Exploration(String run, int schedules, List<StrategyCount> byStrategy, boolean complete,
    int deviationBound, Duration took, String stopped, RunResult fifo, List<Outcome> outcomes,
    List<CheckVerdict> verdicts, List<String> notes, Optional<ScheduleId> replayed) {

  public Exploration {
    byStrategy = List.copyOf(byStrategy);
    outcomes = List.copyOf(outcomes);
    verdicts = List.copyOf(verdicts);
    notes = List.copyOf(notes);
  }

  /** Schedules one strategy gave. */
  public record StrategyCount(String strategy, int schedules) {}

  /**
   * One of the run's distinct results (its value, or its failure's class and message).
   *
   * @param failed whether the run failed with it (the outcome is the failure), rather than returning a value
   * @param firstSchedule the id of the first schedule that gave it, to replay it
   */
  public record Outcome(String outcome, boolean failed, int count, String firstSchedule) {}

  /**
   * {@code all 1,152 schedules}, {@code all 40 schedules with at most 2 deviations from FIFO}, or
   * {@code 10,000 schedules: fifo 1, exhaustive 1,000, random 3,000, ...}: what a verdict holds in.
   */
  public String scope() {
    if (replayed.isPresent()) {
      return "the replayed schedule " + replayed.get();
    }
    if (complete) {
      // The search's schedules (FIFO's first) are every schedule; samplers that took turns with it ran some again.
      int searched = byStrategy.stream().filter(c -> c.strategy().equals("fifo") || c.strategy().equals("exhaustive"))
          .mapToInt(StrategyCount::schedules).sum();
      int sampled = schedules - searched;
      return String.format(Locale.ROOT, "all %,d schedules", searched)
          + (deviationBound >= 0 ? " with at most " + deviationBound + " deviations from FIFO" : "")
          + (sampled > 0 ? String.format(Locale.ROOT, " (and %,d sampled while the search ran)", sampled) : "");
    }
    return String.format(Locale.ROOT, "%,d schedules: ", schedules) + byStrategy.stream()
        .filter(count -> count.schedules() > 0)
        .map(count -> String.format(Locale.ROOT, "%s %,d", count.strategy(), count.schedules()))
        .collect(Collectors.joining(", "));
  }

  public double schedulesPerSecond() {
    double seconds = took.toNanos() / 1e9;
    return seconds == 0 ? 0 : schedules / seconds;
  }

  /** The verdict of the check named {@code check} (its method name). */
  public Optional<CheckVerdict> verdictOf(String check) {
    return verdicts.stream().filter(verdict -> verdict.check().equals(check)).findFirst();
  }
}
