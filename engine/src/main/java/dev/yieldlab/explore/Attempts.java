package dev.yieldlab.explore;

import dev.yieldlab.api.explore.ChoiceNote;
import dev.yieldlab.api.explore.ScheduleId;
import java.util.List;

/**
 * Runs one schedule through the trial and keeps what it chose: the one way the explorer, the
 * replays and the shrinker run the explored run.
 */
final class Attempts {

  /** The fewest order points before a schedule turns fair (see {@link RecordingChooser}). */
  static final int MIN_UNFAIR_POINTS = 1_000;
  /** A schedule turns fair after this many times as many order points as the FIFO schedule took. */
  static final int UNFAIR_FACTOR = 10;

  /**
   * One schedule run.
   *
   * @param strategy the strategy that gave it ({@code fifo}, {@code random}, ..., {@code replay}, {@code shrink})
   * @param index its index among that strategy's schedules
   * @param schedule what it chose
   * @param trial its run and the checks' judgements
   * @param notes where it left FIFO, in words, when asked for
   */
  record Attempt(String strategy, long index, Schedule schedule, Trial trial, List<ChoiceNote> notes) {}

  private final ScheduleTrial trial;
  private final long jitterNanos;
  private int unfairPoints = Integer.MAX_VALUE;
  private int runs;

  Attempts(ScheduleTrial trial, long jitterNanos) {
    this.trial = trial;
    this.jitterNanos = jitterNanos;
  }

  /** Sets the fairness bound from the FIFO schedule's length; until then schedules are never made fair. */
  void boundUnfairnessBy(Schedule fifo) {
    unfairPoints = Math.max(MIN_UNFAIR_POINTS, UNFAIR_FACTOR * fifo.orderPoints());
  }

  Attempt run(ChoiceSource source, String strategy, long index) {
    return run(source, strategy, index, false);
  }

  Attempt run(ChoiceSource source, String strategy, long index, boolean noting) {
    RecordingChooser chooser = new RecordingChooser(source, jitterNanos, unfairPoints);
    if (noting) {
      chooser.noting();
    }
    Trial ran = trial.run(chooser);
    runs++;
    Schedule schedule = chooser.schedule();
    if (source instanceof Replay replay) {
      replay.checkReached(schedule.points());
    }
    return new Attempt(strategy, index, schedule, ran, chooser.notes());
  }

  /** Replays {@code deviations}: strictly (a schedule that does not fit fails), or leniently while shrinking. */
  Attempt replay(List<ScheduleId.Deviation> deviations, boolean strict, boolean noting) {
    return run(new Replay(deviations, strict), strict ? "replay" : "shrink", 0, noting);
  }

  /** Trials run so far, replays and shrinking included. */
  int runs() {
    return runs;
  }
}
