package dev.yieldlab.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.explore.ScheduleId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The choices one explored run took, in the order the loop asked: at an order point, the index of
 * the candidate that went next among how many there were (0 is FIFO's); at a jitter point, the delay
 * given to a timer in nanos (0 is none). Everything else of the run follows from these and the code.
 */
@API(status = EXPERIMENTAL, since = "0.3")
public final class Schedule {

  /** {@link #candidates} of a jitter point. */
  static final int JITTER = 0;

  /** Per point: how many candidates there were (at least 2), or {@link #JITTER}. */
  private final int[] candidates;
  private final long[] chosen;

  Schedule(int[] candidates, long[] chosen) {
    this.candidates = candidates;
    this.chosen = chosen;
  }

  /** The FIFO schedule as a list of deviations: none. */
  public static final Schedule NONE = new Schedule(new int[0], new long[0]);

  public int points() {
    return chosen.length;
  }

  /** Order points, the ones where a strategy picked among candidates. */
  public int orderPoints() {
    return (int) Arrays.stream(candidates).filter(count -> count != JITTER).count();
  }

  boolean isJitter(int point) {
    return candidates[point] == JITTER;
  }

  int candidates(int point) {
    return candidates[point];
  }

  long chosen(int point) {
    return chosen[point];
  }

  /** Where this schedule left FIFO: every point whose choice is not 0. */
  public List<ScheduleId.Deviation> deviations() {
    List<ScheduleId.Deviation> deviations = new ArrayList<>();
    for (int point = 0; point < chosen.length; point++) {
      if (chosen[point] != 0) {
        deviations.add(new ScheduleId.Deviation(point, chosen[point], isJitter(point)));
      }
    }
    return deviations;
  }
}
