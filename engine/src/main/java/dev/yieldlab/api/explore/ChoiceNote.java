package dev.yieldlab.api.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One place a schedule left FIFO, in words, as the report draws it on the failing timeline.
 *
 * @param point the choice point's number
 * @param nanos the loop's clock at the choice
 * @param beforeEvent the index of the timeline event the choice comes before
 * @param chosen what went next ({@code task 't1'}, {@code timeout of block 'get' (task 'c')}, or a timer's delay)
 * @param fifo what FIFO would have let go next
 * @param task the task the choice is about (the chosen task, or the timer's), for the drawing's mark
 */
@API(status = EXPERIMENTAL, since = "0.3")
public record ChoiceNote(int point, long nanos, int beforeEvent, String chosen, String fifo, String task) {

  /** {@code choice 5 at +0.000 s: task 't1' instead of task 't0'}. */
  public String describe() {
    return String.format(java.util.Locale.ROOT, "choice %d at +%.3f s: %s instead of %s", point, nanos / 1e9, chosen,
        fifo);
  }
}
