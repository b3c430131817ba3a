package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * One stretch of a task's timeline in one state, on the loop's clock.
 *
 * @param kind what the task was doing
 * @param startNanos when the stretch began
 * @param endNanos when it ended (the next stretch began, the task ended, or the run did)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Span(SpanKind kind, long startNanos, long endNanos) {

  public Span {
    if (endNanos < startNanos) {
      throw new IllegalArgumentException("a span cannot end (" + endNanos + " ns) before it starts (" + startNanos + " ns)");
    }
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
