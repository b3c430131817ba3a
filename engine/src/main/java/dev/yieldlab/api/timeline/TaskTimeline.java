package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One task's part of a {@link Timeline} ({@code timeline.task("sleeper")}): its events, its
 * stretches of running, ready, sleeping and waiting, its yields and its sleeps' wake-ups. A task is a
 * coroutine of the loop or a worker's lane beside it.
 */
@API(status = EXPERIMENTAL, since = "0.4")
public final class TaskTimeline {

  private final Timeline timeline;
  private final String task;

  TaskTimeline(Timeline timeline, String task) {
    this.timeline = timeline;
    this.task = task;
  }

  /** The task's name. */
  public String name() {
    return task;
  }

  /** The task's events, in order; empty if it has none. */
  public List<TimelineEvent> events() {
    return timeline.events().stream().filter(e -> e.task().equals(task)).toList();
  }

  /** The task's stretches, yields and log lines; fails naming the tasks there are if it has no events. */
  public TaskActivity activity() {
    return timeline.activities().stream().filter(activity -> activity.task().equals(task)).findFirst()
        .orElseThrow(() -> new java.util.NoSuchElementException("the timeline has no events of '" + task
            + "'; its tasks are " + timeline.tasks() + (timeline.lanes().isEmpty() ? "" : " and its workers "
            + timeline.lanes())));
  }

  /** The task's stretches, in time order. */
  public List<Span> spans() {
    return activity().spans();
  }

  /** Its stretches of one kind that began in {@code [fromNanos, toNanos)}: what happened between two events. */
  public List<Span> spans(SpanKind kind, long fromNanos, long toNanos) {
    return activity().spans(kind).stream()
        .filter(span -> span.startNanos() >= fromNanos && span.startNanos() < toNanos).toList();
  }

  /** How many times the task yielded (by hand or at an injected yield point). */
  public int yields() {
    return activity().yields().size();
  }

  /**
   * Each sleep of the task that it woke from, in order, with when it ran again: a coroutine's
   * (RESUME), or a virtual thread's (mounted again, WORKER_RUN).
   */
  public List<WakeUp> wakeUps() {
    return WakeUps.of(events());
  }

  /**
   * How many stretches this task ran after the one it was running when {@code wakeUp}'s deadline
   * passed, before the sleeper got the thread: 0 when the sleeper was the next to run after this task's
   * first yield at or past the deadline; -1 when this task did not yield between the deadline and the
   * wake-up (the sleeper woke only when this task ended or waited).
   */
  public int stretchesAfterDeadline(WakeUp wakeUp) {
    return WakeUps.stretchesAfterDeadline(timeline, task, wakeUp);
  }

  /** When this virtual thread was unparked from {@code wakeUp}'s sleep (WORKER_WAKE: queued for a carrier), if seen. */
  public Optional<TimelineEvent> unparkAfterSleep(WakeUp wakeUp) {
    return events().stream().filter(e -> e.kind() == EventKind.WORKER_WAKE)
        .filter(e -> e.nanos() >= wakeUp.sleptAtNanos() && e.sequence() < wakeUp.resumeSequence()).findFirst();
  }

  @Override
  public String toString() {
    return "the timeline of '" + task + "'";
  }
}
