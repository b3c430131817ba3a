package dev.yieldlab.allure;

import dev.yieldlab.api.timeline.Span;
import dev.yieldlab.api.timeline.SpanKind;
import java.util.List;

/**
 * The colour of each kind of stretch in the Gantt chart and its legend; a virtual thread's stretches
 * on a carrier take that carrier's colour, so that which carrier ran what reads across the rows.
 */
final class SpanColours {

  /** Blues and greens for carriers, apart from the other kinds' colours; the n-th carrier of a chart takes the n-th. */
  private static final List<String> CARRIERS = List.of("#2b6cb0", "#2f855a", "#553c9a", "#0987a0", "#744210", "#97266d");
  /** Blocked without unmounting: pinned, the carrier held and useless. */
  static final String PINNED = "#c53030";

  private SpanColours() {}

  /** The colour of {@code span}: its kind's, or for a virtual thread its carrier's, {@link #PINNED} when blocked on it. */
  static String of(Span span, List<String> carriers) {
    if (span.cause() instanceof dev.yieldlab.api.timeline.EventSubject.Mounted mounted) {
      return mounted.blocked() ? PINNED : carrier(carriers.indexOf(mounted.carrier()));
    }
    return of(span.kind());
  }

  /** The colour of the carrier at {@code index} in a chart's list of carriers. */
  static String carrier(int index) {
    return CARRIERS.get(Math.floorMod(index, CARRIERS.size()));
  }

  static String of(SpanKind kind) {
    return switch (kind) {
      case RUNNING -> "#2b6cb0";
      case READY -> "#f6e05e";
      case SLEEPING -> "#fbb482";
      case WAITING -> "#cbd5e0";
      case WAITING_FOR_PRIMITIVE -> "#9f7aea";
      case WAITING_FOR_IO -> "#38b2ac";
    };
  }
}
