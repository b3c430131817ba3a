package dev.yieldlab.api.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.RunResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What exploring a run says of one check that reads it.
 *
 * @param check the check's method name
 * @param status held, refuted, nondeterministic, or not judged (it never read the run)
 * @param judged schedules it was judged on
 * @param refutation the schedule that refutes it, when one does
 */
@API(status = EXPERIMENTAL, since = "0.3")
public record CheckVerdict(String check, Status status, int judged, Optional<Refutation> refutation) {

  public enum Status {
    /** It held in every schedule it was judged on. */
    HELD,
    /** A schedule refutes it, and its two replays refute it the same way. */
    REFUTED,
    /** A schedule seemed to refute it, but its replays did not run the same: the verdict is no verdict. */
    NONDETERMINISTIC,
    /** It never read the explored run, so no schedule bears on it. */
    NOT_JUDGED
  }

  /**
   * The schedule that refutes a check, as shown.
   *
   * @param shrunk the refuting schedule with its fewest deviations from FIFO: what to replay
   * @param found the schedule as first found ({@code random-7-412}, or its deviations)
   * @param strategy the strategy that found it
   * @param seed the seed it drew from
   * @param index its index among that strategy's schedules
   * @param explored how many schedules had run when it was found (1 for the FIFO schedule)
   * @param failure what the check threw on it (or the run's own failure there)
   * @param witness the run's result on the shrunk schedule: the failing timeline to draw
   * @param deviations where the shrunk schedule leaves FIFO, in words
   * @param foundDeviations how many deviations the schedule had as found
   * @param divergence where two replays of it parted, for a NONDETERMINISTIC verdict
   */
  public record Refutation(ScheduleId shrunk, ScheduleId found, String strategy, long seed, long index, int explored,
      Throwable failure, RunResult witness, List<ChoiceNote> deviations, int foundDeviations,
      Optional<String> divergence) {

    public Refutation {
      deviations = List.copyOf(deviations);
    }

    /** {@code random, seed 7, schedule #412, the 413th explored; 37 deviations from FIFO, shrunk to 2}. */
    public String provenance() {
      return String.format(Locale.ROOT, "found by %s, seed %d, schedule #%,d, the %s explored; %d deviation%s from"
          + " FIFO, shrunk to %d", strategy, seed, index, ordinal(explored), foundDeviations, foundDeviations == 1 ? ""
          : "s", deviations.size());
    }

    private static String ordinal(int n) {
      int tens = n % 100;
      String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
        case 1 -> "st";
        case 2 -> "nd";
        case 3 -> "rd";
        default -> "th";
      };
      return String.format(Locale.ROOT, "%,d%s", n, suffix);
    }
  }
}
