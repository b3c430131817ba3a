package dev.yieldlab.fray.harness;

import dev.yieldlab.fray.RaceUnderFray;
import dev.yieldlab.fray.harness.FrayBench.Measured;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of fray-results.tsv, from the timed tests of one (race, scheduler, run) and Fray's logs of
 * them, in the columns of run.sh's header (docs/FRAY.md explains each). A figure that cannot be
 * trusted is written "not measured", and the note says why.
 */
record ResultRow(String race, String scheduler, String run, String schedulesToFailure, String secondsToFailure,
                 Rate rate, Rate rateFast, List<String> notes) {

  /** Schedules per second of a never-failing run: ours (wall time of the test) and Fray's own. */
  record Rate(String perSecond, String frayLogged) {}

  static ResultRow of(Race race, FrayScheduler scheduler, String run, Measured find, Measured rate, Measured rateFast) {
    List<String> notes = new ArrayList<>();
    String toFailure = "not measured";
    String seconds = "not measured";
    TimedTest test = find.test();
    if (test.problem() != null) {
      notes.add("find: " + test.problem());
    } else if (test.failed() && find.log().failingIteration().isPresent()) {
      // Fray's index counts from 0; the number of schedules run counts the failing one.
      toFailure = Integer.toString(find.log().failingIteration().getAsInt() + 1);
      seconds = String.format(Locale.ROOT, "%.3f", test.seconds());
      notes.add(test.failure());
    } else if (test.failed()) {
      notes.add("find failed without Fray's error line: " + test.failure());
    } else if (ranWholeBudget(find, RaceUnderFray.FIND_BUDGET, "find", notes)) {
      toFailure = "none in " + RaceUnderFray.FIND_BUDGET;
      seconds = String.format(Locale.ROOT, "none in %.3f", test.seconds());
    }
    return new ResultRow(race.key(), scheduler.key(), run, toFailure, seconds,
        rate(rate, "rate", notes), rate(rateFast, "rateFast", notes), notes);
  }

  private static Rate rate(Measured measured, String name, List<String> notes) {
    TimedTest test = measured.test();
    if (test.problem() != null || test.failed()) {
      notes.add(name + ": " + (test.problem() != null ? test.problem() : test.failure()));
    } else if (ranWholeBudget(measured, RaceUnderFray.RATE_BUDGET, name, notes)) {
      return new Rate(String.format(Locale.ROOT, "%.1f", RaceUnderFray.RATE_BUDGET / test.seconds()),
          String.format(Locale.ROOT, "%.1f", measured.log().reportedPerSecond().orElse(Double.NaN)));
    }
    return new Rate("not measured", "not measured");
  }

  /** Whether Fray's log says it ran all {@code budget} schedules; a note when it does not. */
  private static boolean ranWholeBudget(Measured measured, int budget, String name, List<String> notes) {
    FrayLog log = measured.log();
    if (log.totalIterations().orElse(-1) == budget) {
      return true;
    }
    notes.add(name + ": Fray logged " + (log.problem() != null ? log.problem() : log.totalIterations().getAsInt()
        + " schedules, not " + budget));
    return false;
  }

  String tsv() {
    return String.join("\t", race, scheduler, run, schedulesToFailure, secondsToFailure, rate.perSecond(),
        rateFast.perSecond(), rate.frayLogged(), rateFast.frayLogged(),
        String.join("; ", notes).replace('\t', ' ').replace('\n', ' '));
  }
}
