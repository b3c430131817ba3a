package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something that happened outside the loop's coroutines, in a worker thread or a child process, at a
 * wall-clock instant: what {@link dev.yieldlab.api.Loop#recordOutside} puts into the run's timeline, so that work done
 * beside the loop is drawn and asserted on next to the coroutines.
 *
 * <p>The instant is wall-clock time ({@link Instant}), not the loop's clock: it is the one time base a
 * child process shares with its parent.
 *
 * @param kind one of the {@code WORKER_} kinds ({@link EventKind#isOutside()})
 * @param lane who it happened to, e.g. {@code process-1}: one row of the timeline's chart
 * @param at when it happened, on the wall clock
 * @param detail what to show with it, e.g. the CPU time a worker used; may be empty
 * @param subject what it is about, typed: the carrier a virtual thread was mounted on ({@link
 *     EventSubject.Mounted}), a sleep's duration, a line a body logged ({@link EventSubject.Log}); a
 *     {@link EventSubject.Note} of the detail where only text is known
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record OutsideEvent(EventKind kind, String lane, Instant at, String detail, EventSubject subject) {

  public OutsideEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(subject, "subject");
    if (!kind.isOutside()) {
      throw new IllegalArgumentException("an event outside the loop is one of the WORKER_ kinds (WORKER_RUN, WORKER_LOG, ...), not "
          + kind + ": the loop records its coroutines' own events itself");
    }
    if (lane.isBlank()) {
      throw new IllegalArgumentException("an event outside the loop needs a lane: the name of its worker");
    }
  }

  /** An event known only by its text: its subject is a {@link EventSubject.Note} of {@code detail} (none when empty). */
  public OutsideEvent(EventKind kind, String lane, Instant at, String detail) {
    this(kind, lane, at, detail, detail.isEmpty() ? EventSubject.NONE : new EventSubject.Note(detail));
  }

  /** An event about {@code subject}, its detail being the subject's text. */
  public OutsideEvent(EventKind kind, String lane, Instant at, EventSubject subject) {
    this(kind, lane, at, subject.text(), subject);
  }

  /** The wall-clock instant {@code epochNanos} nanoseconds after the epoch, as workers measure it. */
  public static Instant instantOfEpochNanos(long epochNanos) {
    return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
  }
}
