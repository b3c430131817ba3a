package dev.yieldlab.explore;

import dev.yieldlab.loop.ChoiceCandidates;
import java.util.Arrays;

/**
 * Depth-first search over every choice: each schedule follows the last one up to its deepest choice
 * point that has a candidate left, takes the next candidate there, and FIFO after it; the search is
 * complete when no point has one left: then every schedule of the run has been explored, and a check
 * that held in all of them holds in the run (for its code and inputs).
 *
 * <p>With a bound b on deviations (the preemption bound of context-bounded search, Musuvathi and
 * Qadeer, PLDI 2007), only schedules that leave FIFO at most b times are explored: complete then
 * means every schedule within the bound. What is pruned without a bound: the order in which sleep
 * wake-ups due at the same instant fire, which only orders the ready queue whose order is itself
 * a choice (see {@link dev.yieldlab.loop.ChoiceStep}). Jitter is not searched (a time is not a
 * finite choice): exhaustive exploration takes none.
 */
final class Exhaustive implements ScheduleSource {

  static final String LABEL = "exhaustive";

  private final int bound;
  /** The choices to follow at the next schedule's first order points; FIFO after them. */
  private int[] prefix = new int[0];
  private boolean complete;

  /** A search with at most {@code bound} deviations per schedule; -1 for none. */
  Exhaustive(int bound) {
    this.bound = bound;
  }

  @Override
  public String label() {
    return LABEL;
  }

  @Override
  public ChoiceSource schedule(long index) {
    if (complete) {
      return null;
    }
    int[] follow = prefix;
    return new ChoiceSource() {
      private int orderPoint;

      @Override
      public int choose(ChoiceCandidates candidates, int point) {
        int at = orderPoint++;
        return at < follow.length ? Math.min(follow[at], candidates.size() - 1) : 0;
      }

      @Override
      public long jitter(int point, long maxNanos) {
        return 0;
      }
    };
  }

  /** Moves the search on from the schedule just run: the next sibling of its deepest open choice. */
  @Override
  public void ran(Schedule schedule) {
    int[] counts = new int[schedule.orderPoints()];
    int[] chosen = new int[counts.length];
    int order = 0;
    for (int point = 0; point < schedule.points(); point++) {
      if (!schedule.isJitter(point)) {
        counts[order] = schedule.candidates(point);
        chosen[order++] = (int) schedule.chosen(point);
      }
    }
    int deviations = (int) Arrays.stream(chosen).filter(c -> c != 0).count();
    for (int at = counts.length - 1; at >= 0; at--) {
      if (chosen[at] != 0) {
        deviations--; // the deviations before this point
      }
      boolean withinBound = bound < 0 || deviations + 1 <= bound;
      if (chosen[at] + 1 < counts[at] && withinBound) {
        prefix = Arrays.copyOf(chosen, at + 1);
        prefix[at]++;
        return;
      }
    }
    complete = true;
  }

  @Override
  public boolean complete() {
    return complete;
  }
}
