package dev.yieldlab.loop;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of an explored run: the loop's step when a {@link ScheduleChooser} decides what happens
 * next. With the chooser answering 0 at every point it does what the FIFO step does, in the same
 * order, so that an explored run's FIFO schedule is the run as it executes unexplored.
 *
 * <p>The candidates are the due timers, then the ready tasks. Due sleep wake-ups at the head of the
 * timers fire at once, as FIFO fires them: waking a sleeper only makes it ready, which no task can
 * tell apart from being woken later, and the order the woken tasks run in is still chosen among the
 * ready tasks. Every other due timer (a timeout, a select's timeout clause, and a sleep due behind
 * one of them) waits as a candidate, so a timeout can fire before or after a task that is ready at
 * the same instant runs: the race that "due at the same moment" leaves open.
 */
final class ChoiceStep {

  private final ScheduleChooser chooser;
  private final TimerQueue timers;
  private final ReadyQueue ready;
  /** Due timers not yet fired, in (deadline, sequence) order. */
  private final List<TimerQueue.DueTimer> due = new ArrayList<>();
  private final ChoiceCandidates candidates;

  ChoiceStep(ScheduleChooser chooser, TimerQueue timers, ReadyQueue ready, TimelineRecorder timeline,
      SwitchClock clock) {
    this.chooser = chooser;
    this.timers = timers;
    this.ready = ready;
    this.candidates = new ChoiceCandidates(ready, due, timeline, clock);
  }

  /**
   * Gathers the candidates at {@code now}: moves the due timers out of the heap and fires the sleep
   * wake-ups at their head. Returns whether anything can happen now.
   */
  boolean prepare(Dispatcher dispatcher, long now) {
    timers.moveDue(now, due);
    while (!due.isEmpty() && (due.getFirst().isSleep() || !due.getFirst().stands())) {
      wake(dispatcher, due.removeFirst(), now);
    }
    due.removeIf(timer -> !timer.stands()); // a timeout whose block ended, a sleep cut short
    return candidates.size() > 0;
  }

  /**
   * Lets the chooser pick among the candidates {@link #prepare} gathered: returns the task to resume,
   * or null when a timer fired.
   */
  CoroutineTask<?> pick(Dispatcher dispatcher, long now) {
    int count = candidates.size();
    int pick = count == 1 ? 0 : chooser.choose(candidates);
    if (pick < 0 || pick >= count) {
      throw new IllegalStateException("the schedule chose candidate " + pick + " of " + count);
    }
    if (pick < due.size()) {
      wake(dispatcher, due.remove(pick), now);
      return null;
    }
    return ready.removeAt(pick - due.size());
  }

  private void wake(Dispatcher dispatcher, TimerQueue.DueTimer timer, long now) {
    CoroutineTask<?> sleeper = timers.fire(timer, now);
    if (sleeper != null) {
      dispatcher.wakeSleeper(sleeper, now);
    }
  }
}
