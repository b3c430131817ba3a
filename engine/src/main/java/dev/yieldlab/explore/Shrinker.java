package dev.yieldlab.explore;

import dev.yieldlab.api.explore.ScheduleId;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a refuting schedule as small as it will go while it still refutes the check: first the
 * fewest deviations from FIFO (Zeller and Hildebrandt's delta debugging, ddmin, over the deviations:
 * drop chunks, then complements, halving the chunks while nothing can be dropped), then the fewest
 * task switches (each remaining deviation tried with a nearer candidate, a jitter with less delay).
 * Candidates are replayed leniently: dropping a deviation can move the choice points after it, so a
 * deviation that no longer fits takes the nearest candidate; what a candidate actually chose is
 * recorded, and that, not the candidate, is the result. Bounded by trials and time: a shrink cut
 * short still refutes, it is only less small.
 */
final class Shrinker {

  static final int MAX_TRIALS = 4_000;

  private final Attempts attempts;
  private final String check;
  private final long deadline;
  private int trials;

  Shrinker(Attempts attempts, String check, long deadlineNanos) {
    this.attempts = attempts;
    this.check = check;
    this.deadline = deadlineNanos;
  }

  Attempts.Attempt shrink(Attempts.Attempt refuting) {
    Attempts.Attempt best = fewestDeviations(refuting);
    return fewestSwitches(best);
  }

  private Attempts.Attempt fewestDeviations(Attempts.Attempt refuting) {
    Attempts.Attempt best = refuting;
    List<ScheduleId.Deviation> current = best.schedule().deviations();
    int chunks = 2;
    while (current.size() >= 2 && withinBudget()) {
      List<List<ScheduleId.Deviation>> parts = split(current, chunks);
      Attempts.Attempt smaller = null;
      for (List<ScheduleId.Deviation> part : parts) {
        smaller = test(part);
        if (smaller != null) {
          break;
        }
      }
      if (smaller == null && chunks > 2) {
        for (List<ScheduleId.Deviation> part : parts) {
          List<ScheduleId.Deviation> complement = new ArrayList<>(current);
          complement.removeAll(part);
          smaller = test(complement);
          if (smaller != null) {
            break;
          }
        }
      }
      if (smaller != null && smaller.schedule().deviations().size() < current.size()) {
        best = smaller;
        current = best.schedule().deviations();
        chunks = Math.max(chunks - 1, 2);
      } else if (chunks >= current.size()) {
        break;
      } else {
        chunks = Math.min(chunks * 2, current.size());
      }
    }
    return best;
  }

  private Attempts.Attempt fewestSwitches(Attempts.Attempt start) {
    Attempts.Attempt best = start;
    boolean improved = true;
    while (improved && withinBudget()) {
      improved = false;
      List<ScheduleId.Deviation> current = best.schedule().deviations();
      for (int i = 0; i < current.size() && !improved && withinBudget(); i++) {
        ScheduleId.Deviation deviation = current.get(i);
        for (long nearer : nearer(deviation)) {
          List<ScheduleId.Deviation> candidate = new ArrayList<>(current);
          candidate.set(i, new ScheduleId.Deviation(deviation.point(), nearer, deviation.jitter()));
          Attempts.Attempt tried = test(candidate);
          if (tried != null && tried.schedule().deviations().size() <= current.size()
              && switches(tried) < switches(best)) {
            best = tried;
            improved = true;
            break;
          }
        }
      }
    }
    return best;
  }

  /** Values nearer FIFO's 0 to try for a deviation: smaller candidates, or half the delay. */
  private static List<Long> nearer(ScheduleId.Deviation deviation) {
    List<Long> values = new ArrayList<>();
    if (deviation.jitter()) {
      if (deviation.value() > 1) {
        values.add(deviation.value() / 2);
      }
    } else {
      for (long value = 1; value < deviation.value(); value++) {
        values.add(value);
      }
    }
    return values;
  }

  /** The candidate's attempt if it still refutes the check, else null. */
  private Attempts.Attempt test(List<ScheduleId.Deviation> deviations) {
    trials++;
    Attempts.Attempt tried = attempts.replay(deviations, false, false);
    return tried.trial().of(check).refutes() ? tried : null;
  }

  private boolean withinBudget() {
    return trials < MAX_TRIALS && System.nanoTime() - deadline < 0;
  }

  /** How often the loop handed its thread from one task to another. */
  static int switches(Attempts.Attempt attempt) {
    int switches = 0;
    String running = null;
    for (TimelineEvent event : attempt.trial().result().timeline().events()) {
      if (event.kind() == EventKind.START || event.kind() == EventKind.RESUME) {
        if (running != null && !running.equals(event.task())) {
          switches++;
        }
        running = event.task();
      }
    }
    return switches;
  }

  private static <T> List<List<T>> split(List<T> items, int parts) {
    List<List<T>> chunks = new ArrayList<>();
    int size = items.size();
    for (int i = 0; i < parts; i++) {
      int from = i * size / parts;
      int to = (i + 1) * size / parts;
      if (from < to) {
        chunks.add(items.subList(from, to));
      }
    }
    return chunks;
  }
}
