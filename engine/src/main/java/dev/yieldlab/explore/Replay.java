package dev.yieldlab.explore;

import dev.yieldlab.api.explore.ScheduleId;
import dev.yieldlab.loop.ChoiceCandidates;
import java.util.List;
import java.util.TreeMap;

/**
 * The choices of a schedule given by its deviations from FIFO: a schedule id's, or a candidate of
 * the {@link Shrinker}'s. Strict, it fails at the first point where the run does not fit the schedule
 * (another build, another run); lenient (while shrinking, where dropping a deviation moves the
 * points after it), it takes the nearest candidate that exists.
 */
final class Replay implements ChoiceSource {

  private final TreeMap<Integer, ScheduleId.Deviation> deviations = new TreeMap<>();
  private final boolean strict;

  Replay(List<ScheduleId.Deviation> deviations, boolean strict) {
    deviations.forEach(deviation -> this.deviations.put(deviation.point(), deviation));
    this.strict = strict;
  }

  @Override
  public int choose(ChoiceCandidates candidates, int point) {
    ScheduleId.Deviation deviation = deviations.get(point);
    if (deviation == null) {
      return 0;
    }
    if (deviation.jitter() || deviation.value() >= candidates.size()) {
      if (strict) {
        throw new ScheduleMismatchException("at choice point " + point + " the schedule says " + deviation.encode()
            + ", but the run offers " + candidates.size() + " candidates there (an order point, not a timer's jitter)");
      }
      return deviation.jitter() ? 0 : candidates.size() - 1;
    }
    return (int) deviation.value();
  }

  @Override
  public long jitter(int point, long maxNanos) {
    ScheduleId.Deviation deviation = deviations.get(point);
    if (deviation == null) {
      return 0;
    }
    if (!deviation.jitter()) {
      if (strict) {
        throw new ScheduleMismatchException("at choice point " + point + " the schedule says " + deviation.encode()
            + ", but the run sets a timer there");
      }
      return 0;
    }
    return deviation.value();
  }

  /** Fails, when strict, if the run ended before some deviation's point: the schedule is longer than the run. */
  void checkReached(int points) {
    if (strict && !deviations.isEmpty() && deviations.lastKey() >= points) {
      throw new ScheduleMismatchException("the schedule deviates at choice point "
          + deviations.lastKey() + ", but the run ended after " + points
          + " choice points");
    }
  }
}
