package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One entry of a {@link Timeline}.
 *
 * @param sequence position in the timeline, from 0
 * @param kind what happened
 * @param task the name of the coroutine it happened to, or of the worker outside the loop
 * @param threadId the OS-level Java thread that recorded it ({@link Thread#threadId()}); 0 for an
 *     event outside the loop ({@link EventKind#isOutside()}), recorded after the fact
 * @param nanos the loop clock's time since the loop started
 * @param detail the text of {@code subject}: the log line, the sleep's duration, what a wait waits
 *     on, a failure; may be empty. For people: checks read {@code subject}
 * @param subject what the event is about, typed (a sleep's duration, a wait's targets, ...)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TimelineEvent(
    int sequence, EventKind kind, String task, long threadId, long nanos, String detail, EventSubject subject) {

  public TimelineEvent {
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(subject, "subject");
  }

  /** An event about {@code subject}, its detail being the subject's text. */
  public TimelineEvent(int sequence, EventKind kind, String task, long threadId, long nanos, EventSubject subject) {
    this(sequence, kind, task, threadId, nanos, subject.text(), subject);
  }

  /**
   * An event whose detail is only text: a LOG line's message, or a {@link EventSubject.Note} (none
   * when empty).
   */
  public TimelineEvent(int sequence, EventKind kind, String task, long threadId, long nanos, String detail) {
    this(sequence, kind, task, threadId, nanos, detail, textSubject(kind, detail));
  }

  /** The same event at another place in a timeline. */
  public TimelineEvent renumbered(int newSequence) {
    return newSequence == sequence ? this : new TimelineEvent(newSequence, kind, task, threadId, nanos, detail, subject);
  }

  /** Seconds since the loop started, as the post prints them: {@code +1.002 s}. */
  public String offset() {
    return String.format(Locale.ROOT, "+%.3f s", nanos / 1e9);
  }

  /** {@code +1.002 s  yield_task1  SLEEP  1s}: one line of a full timeline listing. */
  public String describe() {
    String line = offset() + "  " + task + "  " + kind;
    return detail.isEmpty() ? line : line + "  " + detail;
  }

  private static EventSubject textSubject(EventKind kind, String detail) {
    if (kind == EventKind.LOG) {
      return new EventSubject.Log(detail);
    }
    return detail.isEmpty() ? EventSubject.NONE : new EventSubject.Note(detail);
  }
}
