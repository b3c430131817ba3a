package dev.yieldlab.explore;

import dev.yieldlab.api.explore.ChoiceNote;
import dev.yieldlab.loop.ChoiceCandidates;
import dev.yieldlab.loop.ScheduleChooser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The loop's {@link ScheduleChooser} for one schedule: asks a {@link ChoiceSource}, records every
 * choice into a {@link Schedule}, and keeps the schedule fair past a bound.
 *
 * <p>Fairness: a strategy may keep choosing a task that spins on {@code yieldNow()} over the one it
 * waits for (PCT gives it the top priority), and the run would never end. Past {@code unfairPoints}
 * order points every choice is FIFO's, which serves every ready task and due timer in turn (Coyote and
 * shuttle bound their unfair prefix the same way). The bound is part of the settings, so a schedule
 * replays the same.
 */
final class RecordingChooser implements ScheduleChooser {

  private final ChoiceSource source;
  private final long jitterNanos;
  private final int unfairPoints;
  private int[] candidates = new int[64];
  private long[] chosen = new long[64];
  private int points;
  private int orderPoints;
  /** Where the schedule left FIFO, in words; kept only for a schedule that will be shown (null otherwise). */
  private List<ChoiceNote> notes;
  /** The candidates of the latest choice, for a jitter note's time and place; only with notes. */
  private ChoiceCandidates lastOffered;

  RecordingChooser(ChoiceSource source, long jitterNanos, int unfairPoints) {
    this.source = source;
    this.jitterNanos = jitterNanos;
    this.unfairPoints = unfairPoints;
  }

  @Override
  public int choose(ChoiceCandidates offered) {
    int pick = orderPoints++ < unfairPoints ? source.choose(offered, points) : 0;
    if (notes != null) {
      lastOffered = offered;
      if (pick != 0) {
        notes.add(new ChoiceNote(points, offered.nanos(), offered.eventsSoFar(), offered.describe(pick),
            offered.describe(0), offered.taskName(pick)));
      }
    }
    record(offered.size(), pick);
    return pick;
  }

  @Override
  public long jitterNanos() {
    long delay = source.jitter(points, jitterNanos);
    if (notes != null && delay != 0) {
      long at = lastOffered == null ? 0 : lastOffered.nanos();
      int before = lastOffered == null ? 0 : lastOffered.eventsSoFar();
      notes.add(new ChoiceNote(points, at, before, "a timer set now, delayed by " + delay + " ns",
          "the timer at its deadline", ""));
    }
    record(Schedule.JITTER, delay);
    return delay;
  }

  /** Keeps, from now on, where the schedule leaves FIFO in words ({@link #notes()}). */
  RecordingChooser noting() {
    notes = new ArrayList<>();
    return this;
  }

  List<ChoiceNote> notes() {
    return notes == null ? List.of() : List.copyOf(notes);
  }

  private void record(int count, long value) {
    if (points == chosen.length) {
      candidates = Arrays.copyOf(candidates, points * 2);
      chosen = Arrays.copyOf(chosen, points * 2);
    }
    candidates[points] = count;
    chosen[points] = value;
    points++;
  }

  /** What was chosen so far: the whole schedule once the run has ended. */
  Schedule schedule() {
    return new Schedule(Arrays.copyOf(candidates, points), Arrays.copyOf(chosen, points));
  }
}
