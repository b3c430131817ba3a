package dev.yieldlab.loop;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The things that may happen next at one choice point, as a {@link ScheduleChooser} sees them:
 * first the due timers (in deadline, then sequence order), then the ready tasks (in FIFO order).
 * Valid only during {@link ScheduleChooser#choose}; the loop reuses it.
 */
@API(status = INTERNAL, since = "0.3")
public final class ChoiceCandidates {

  private final ReadyQueue ready;
  private final java.util.List<TimerQueue.DueTimer> due;
  private final TimelineRecorder timeline;
  private final SwitchClock clock;

  ChoiceCandidates(ReadyQueue ready, java.util.List<TimerQueue.DueTimer> due, TimelineRecorder timeline,
      SwitchClock clock) {
    this.ready = ready;
    this.due = due;
    this.timeline = timeline;
    this.clock = clock;
  }

  /** How many events the run's timeline holds so far: the choice comes before the event at this index. */
  public int eventsSoFar() {
    return timeline.size();
  }

  /** The loop's clock now, in nanos since the run began. */
  public long nanos() {
    return clock.latest();
  }

  public int size() {
    return due.size() + ready.size();
  }

  /** How many of the candidates are due timers; they come first. */
  public int timers() {
    return due.size();
  }

  public boolean isTimer(int index) {
    return index < due.size();
  }

  /**
   * What the candidate is, stable within a run and across its replays: a task's spawn number (0 for
   * main, counting up), or for a timer {@code -(its sequence + 1)}. Strategies keep priorities by it.
   */
  public long key(int index) {
    return index < due.size() ? -(due.get(index).sequence() + 1) : task(index).timelineId;
  }

  /** Whether the candidate is a task that is ready because it yielded (PCT lowers such a task). */
  public boolean yielded(int index) {
    return index >= due.size() && task(index).yielded;
  }

  /**
   * What the candidate last waited on, when it is a task woken by a waiting primitive: tasks woken by
   * the same primitive race for it (POS resets their priorities together); null otherwise.
   */
  public Object resource(int index) {
    if (index < due.size()) {
      return null;
    }
    return task(index).waitingFor instanceof Waits.OnPrimitive wait ? wait.primitive() : null;
  }

  /** {@code task 't1'}, {@code timeout of block 'get' (task 'consumer')}: for messages and reports. */
  public String describe(int index) {
    return index < due.size() ? due.get(index).toString() : "task '" + task(index).name() + "'";
  }

  /** The candidate's task name: the task itself, or the one a timer wakes or interrupts ("" when none). */
  public String taskName(int index) {
    return index < due.size() ? due.get(index).taskName() : task(index).name();
  }

  private CoroutineTask<?> task(int index) {
    return ready.get(index - due.size());
  }
}
