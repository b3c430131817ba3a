package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * One stretch of a task's timeline in one state, on the loop's clock.
 *
 * @param kind what the task was doing
 * @param startNanos when the stretch began
 * @param endNanos when it ended (the next stretch began, the task ended, or the run did)
 * @param cause what the event that began it was about: for a wait, what it waited for ({@link
 *     EventSubject#NONE} where nothing more than the kind is known)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Span(SpanKind kind, long startNanos, long endNanos, EventSubject cause) {

  public Span {
    if (endNanos < startNanos) {
      throw new IllegalArgumentException("a span cannot end (" + endNanos + " ns) before it starts (" + startNanos + " ns)");
    }
    java.util.Objects.requireNonNull(cause, "cause");
  }

  /** A stretch whose cause is only its kind. */
  public Span(SpanKind kind, long startNanos, long endNanos) {
    this(kind, startNanos, endNanos, EventSubject.NONE);
  }

  /**
   * How the stretch reads for a coroutine: the kind's label, or for a wait on a primitive or for I/O
   * what it waited for ({@code waiting for queue 'jobs' (full, 2 of 2)}, {@code waiting for read on
   * 127.0.0.1:40123}).
   */
  public String label() {
    return switch (cause) {
      case EventSubject.PrimitiveWait wait -> "waiting for " + wait.primitive().named(wait.name()) + " (" + wait.state() + ")";
      case EventSubject.IoWait io -> "waiting for " + io.what();
      default -> kind.label();
    };
  }

  /** The carrier a virtual thread was mounted on in this stretch; empty for coroutines and other workers. */
  public java.util.Optional<String> carrier() {
    return cause instanceof EventSubject.Mounted mounted ? java.util.Optional.of(mounted.carrier()) : java.util.Optional.empty();
  }

  public long nanos() {
    return endNanos - startNanos;
  }

  public Duration duration() {
    return Duration.ofNanos(nanos());
  }

  /** Whether the instant {@code nanos} falls in this stretch (its start included, its end not). */
  public boolean contains(long nanos) {
    return startNanos <= nanos && nanos < endNanos;
  }
}
