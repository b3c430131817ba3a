package dev.yieldlab.loop;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Where the loop's nondeterminism goes when a run is explored: consulted at every point where more
 * than one thing may legally happen next on the VIRTUAL clock, and whenever a timer is set, for its
 * jitter. A loop without one ({@link LoopCore#explore} never called) takes the FIFO order, which is
 * the choice 0 at every point.
 *
 * <p>What is a choice (see {@link ChoiceStep}): which ready task resumes next; whether a due timer
 * that does more than wake a sleeper (a timeout, a select's timeout clause) fires before a ready task
 * runs, and in which order such timers fire. Sleep wake-ups at the head of the due timers are not
 * choices: a wake-up only makes its task ready, which no other task can observe, and the order the
 * woken tasks then run in is the ready choice.
 */
@API(status = INTERNAL, since = "0.3")
public interface ScheduleChooser {

  /**
   * Picks which of {@code candidates} happens next: an index in {@code [0, candidates.size())}, 0 being
   * what FIFO does. Called only with two or more candidates.
   */
  int choose(ChoiceCandidates candidates);

  /**
   * The extra delay, in nanos, of a timer being set now (a sleep, a timeout): 0 for none. Called for
   * every timer of an explored run; a chooser without jitter returns 0 without recording anything.
   */
  long jitterNanos();
}
