package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a {@link TimelineEvent} is about, as typed values: a sleep's duration, the tasks a wait waits
 * for, a log line's message, the failure a task ended with. Checks and reports read these instead of
 * parsing {@link TimelineEvent#detail()}, which is only their text ({@link #text()}), so that
 * rewording a detail can never change what a check measures.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface EventSubject {

  /** The event's detail as people read it: what {@link TimelineEvent#detail()} holds. */
  String text();

  /** Nothing more than the event's kind says (a start, a resume, a plain yield). */
  None NONE = new None();

  /** Nothing more than the event's kind says. */
  record None() implements EventSubject {
    @Override
    public String text() {
      return "";
    }
  }

  /** A SLEEP event: how long the task asked to sleep; its deadline is the event's time plus this. */
  record Sleep(Duration duration) implements EventSubject {
    public Sleep {
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String text() {
      return duration.toString();
    }
  }

  /** A YIELD at a yield point injected into code that holds no Loop: where in the code it was. */
  record YieldPoint(String where) implements EventSubject {
    @Override
    public String text() {
      return "at " + where;
    }
  }

  /** A LOG event: the line of the post-style log. */
  record Log(String message) implements EventSubject {
    @Override
    public String text() {
      return message;
    }
  }

  /**
   * A WAIT for other tasks to end ({@code join}, {@code gather}, a task group unwinding).
   *
   * @param description how the wait reads, e.g. {@code join(child)} or {@code gather(a, b, and 998 more)}
   * @param tasks the names of the tasks waited for, every one of them
   */
  record TaskWait(String description, List<String> tasks) implements EventSubject {
    public TaskWait {
      tasks = List.copyOf(tasks);
    }

    @Override
    public String text() {
      return description;
    }
  }

  /**
   * A FAIL event: what the task ended with.
   *
   * @param exception the exception's class name
   * @param message its message, or null when it has none
   */
  record Failure(String exception, String message) implements EventSubject {
    /** The subject of a task that ended with {@code thrown}. */
    public static Failure of(Throwable thrown) {
      return new Failure(thrown.getClass().getName(), thrown.getLocalizedMessage());
    }

    /** As {@link Throwable#toString()}: {@code java.lang.IllegalStateException: boom}. */
    @Override
    public String text() {
      return message == null ? exception : exception + ": " + message;
    }
  }

  /** A CANCEL event: the message of the cancellation the task ended with. */
  record Cancellation(String reason) implements EventSubject {
    @Override
    public String text() {
      return reason;
    }
  }

  /** Anything else that is only shown, never measured: e.g. a worker's CPU time at its end. */
  record Note(String text) implements EventSubject {
    public Note {
      Objects.requireNonNull(text, "text");
    }
  }
}
