package dev.yieldlab.loop;

import dev.yieldlab.api.Task;
import dev.yieldlab.api.timeline.EventSubject;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a suspended task waits for, kept as the object it is about and put into words only when a
 * message needs it (deadlock, timeout, cancellation) or into a typed {@link EventSubject} when the
 * timeline is read: a sleep or a join happens on every switch of some runs, the message almost never.
 * Each {@code toString()} is the reason messages give ("task 'a' waits for join(b)").
 */
final class Waits {

  /** A task that yielded waits for its next turn. */
  static final String TURN_AFTER_YIELD = "its turn after a yield";

  /** Names shown for a group of thousands: the first ten and how many more. */
  private static final int NAMES_SHOWN = 10;

  /** {@code sleep PT1S}. */
  record Sleep(Duration duration) implements RecordedDetail {
    @Override
    public EventSubject subject() {
      return new EventSubject.Sleep(duration);
    }

    @Override
    public String toString() {
      return "sleep " + duration;
    }
  }

  /** {@code join(child)}. */
  record Join(CoroutineTask<?> target) implements RecordedDetail, Blocking {
    @Override
    public List<CoroutineTask<?>> blockers() {
      return List.of(target);
    }

    @Override
    public String edgeTo(CoroutineTask<?> blocker) {
      return "'" + blocker.name() + "' to end (join)";
    }

    @Override
    public EventSubject subject() {
      return new EventSubject.TaskWait(toString(), List.of(target.name()));
    }

    @Override
    public String toString() {
      return "join(" + target.name() + ")";
    }
  }

  /** {@code gather(a, b, c)}, or the first ten names and how many more. */
  record Gather(List<CoroutineTask<?>> group) implements RecordedDetail, Blocking {
    @Override
    public List<CoroutineTask<?>> blockers() {
      return group.stream().filter(task -> !task.isDone()).toList();
    }

    @Override
    public String edgeTo(CoroutineTask<?> blocker) {
      return "'" + blocker.name() + "' to end (gather)";
    }

    @Override
    public EventSubject subject() {
      return new EventSubject.TaskWait(toString(), names(group));
    }

    @Override
    public String toString() {
      return "gather(" + shortList(group) + ")";
    }
  }

  /** {@code first of(a, b)}: {@code firstCompleted}, or the next of {@code asCompleted}. */
  record FirstOf(List<CoroutineTask<?>> candidates) implements RecordedDetail {
    @Override
    public EventSubject subject() {
      return new EventSubject.TaskWait(toString(), names(candidates));
    }

    @Override
    public String toString() {
      return "first of(" + shortList(candidates) + ")";
    }
  }

  /** A task group whose member failed, waiting for the cancelled rest to end: {@code cancelled siblings of a}. */
  record Unwinding(CoroutineTask<?> failed, List<CoroutineTask<?>> group) implements RecordedDetail {
    @Override
    public EventSubject subject() {
      return new EventSubject.TaskWait(toString(), names(group.stream().filter(t -> t != failed).toList()));
    }

    @Override
    public String toString() {
      return "cancelled siblings of " + failed.name();
    }
  }

  /**
   * A wait on a waiting primitive: its subject, with the primitive's state when the wait began, is
   * what the timeline shows; messages read the primitive's state when they are made ({@code lock 'L'
   * (held by 'b')}), and a lock's owner is the blocker a deadlock report follows.
   */
  record OnPrimitive(Primitive primitive, EventSubject.PrimitiveWait subject) implements RecordedDetail, Blocking {
    @Override
    public List<CoroutineTask<?>> blockers() {
      return primitive.blockers();
    }

    @Override
    public String edgeTo(CoroutineTask<?> blocker) {
      return primitive + " held by '" + blocker.name() + "'";
    }

    @Override
    public String toString() {
      return primitive + " (" + primitive.stateNow(subject) + ")";
    }
  }

  /** A wait outside the loop, on a socket or another thread: {@code read on 127.0.0.1:40123}. */
  record OnIo(EventSubject.IoWait subject) implements RecordedDetail {
    @Override
    public String toString() {
      return subject.what();
    }
  }

  private Waits() {}

  static List<String> names(List<CoroutineTask<?>> tasks) {
    return tasks.stream().map(Task::name).toList();
  }

  static String shortList(List<CoroutineTask<?>> tasks) {
    int shown = Math.min(tasks.size(), NAMES_SHOWN);
    String names = tasks.subList(0, shown).stream().map(Task::name).collect(Collectors.joining(", "));
    return names + (tasks.size() > shown ? ", and " + (tasks.size() - shown) + " more" : "");
  }
}
