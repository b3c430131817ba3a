package dev.yieldlab.loop;

import dev.yieldlab.api.timeline.EventKind;
import java.util.Objects;

/**
 * What the loop does next, between two coroutine slices: fires the timers that are due, polls the
 * I/O driver while a wait on it is pending, and hands the loop the task to resume, in FIFO order or,
 * in an explored run, as its {@link ChoiceStep} decides; with nothing to do it waits ({@link
 * IdleWait}). It owns the ready queue and the timers; the loop owns running the task it is handed.
 */
final class Dispatcher {

  final ReadyQueue ready = new ReadyQueue();
  final TimerQueue timers = new TimerQueue();
  private final SwitchClock clock;
  private final TimelineRecorder timeline;
  private final RunLimits limits;
  private final IoDriver io;
  /** An explored run's steps, which a {@link ScheduleChooser} decides; null for the FIFO loop. */
  private ChoiceStep choices;
  /** yieldNow calls since the clock last moved on to a timer: busy polling on the VIRTUAL clock never stops. */
  long yieldsAtThisInstant;

  Dispatcher(SwitchClock clock, TimelineRecorder timeline, RunLimits limits, IoDriver io) {
    this.clock = clock;
    this.timeline = timeline;
    this.limits = limits;
    this.io = io;
  }

  /** See {@link LoopCore#explore}. */
  void explore(ScheduleChooser chooser) {
    choices = new ChoiceStep(Objects.requireNonNull(chooser, "chooser"), timers, ready, timeline, clock);
    timers.jitterBy(chooser);
  }

  boolean explored() {
    return choices != null;
  }

  /**
   * The task to resume now, or null when the step fired a timer of an explored run or waited for
   * something to happen (the loop then takes its next step).
   */
  CoroutineTask<?> next() {
    if (choices == null) {
      fireDueTimers();
    }
    if (io.hasPending()) {
      io.pollEachRound(ready.size());
    }
    if (choices != null) {
      long now = clock.latest();
      if (choices.prepare(this, now)) {
        return choices.pick(this, now);
      }
    } else {
      CoroutineTask<?> next = ready.poll();
      if (next != null) {
        return next;
      }
    }
    yieldsAtThisInstant = 0;
    IdleWait.untilSomethingHappens(timers, limits, clock, io);
    return null;
  }

  private void fireDueTimers() {
    if (timers.isEmpty()) {
      return;
    }
    long now = clock.latest();
    for (CoroutineTask<?> task = timers.fireDue(now); task != null; task = timers.fireDue(now)) {
      wakeSleeper(task, now);
    }
  }

  /** A sleeper's timer fired at {@code now}: it is ready, unless something else woke it first. */
  void wakeSleeper(CoroutineTask<?> task, long now) {
    if (task.state == TaskState.SLEEPING) {
      timeline.record(EventKind.WAKE, task.timelineId, "", now);
      ready.makeReady(task);
    }
  }
}
