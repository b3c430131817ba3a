package dev.yieldlab.junit;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.Stall;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a run prints on the console after its post-style log, besides its measures: what the report
 * shows and the log alone would hide. Task failures nobody observed, the longest stalls (a coroutine
 * that held the loop, e.g. in a blocking {@code Thread.sleep}), cancellations a task caught and went
 * on from, and, for an injected variant, what its yield points did. Each is a line starting with its kind in capitals, so it stands out in a build
 * log; each list is bounded, since a run may fail or stall thousands of times.
 */
final class RunConsole {

  /** Stalls printed, the longest first; the report lists more. */
  static final int STALLS_PRINTED = 5;
  /** Failed tasks named; the report lists more, the count covers all. */
  static final int FAILURES_PRINTED = 5;
  /** Stalls that reached no yield point, named. */
  static final int UNREACHED_PRINTED = 3;

  private RunConsole() {}

  /** The lines to print after the run's log, each beginning with a line separator; empty when there is nothing to say. */
  static String notes(RunResult result) {
    StringBuilder text = new StringBuilder();
    if (!result.unobservedFailures().isEmpty()) {
      line(text, "UNOBSERVED FAILURES: " + result.unobservedFailures().describe(FAILURES_PRINTED));
    }
    stalls(text, result.timeline());
    List<TimelineEvent> swallowed = result.timeline().events().stream()
        .filter(event -> event.subject() instanceof EventSubject.CancellationSwallowed).toList();
    swallowed.stream().limit(STALLS_PRINTED).forEach(event -> line(text, String.format(Locale.ROOT,
        "CANCELLATION SWALLOWED by '%s' at +%.3f s: %s", event.task(), event.nanos() / 1e9, event.detail())));
    if (swallowed.size() > STALLS_PRINTED) {
      line(text, String.format(Locale.ROOT, "  ... and %,d more", swallowed.size() - STALLS_PRINTED));
    }
    result.yieldPoints().ifPresent(points -> {
      line(text, "YIELD POINTS: " + points.describe());
      points.unreached().stream().limit(UNREACHED_PRINTED).forEach(unreached -> line(text, "  " + unreached.describe()));
      if (points.unreached().size() > UNREACHED_PRINTED) {
        line(text, String.format(Locale.ROOT, "  ... and %,d more stalls that reached no yield point",
            points.unreached().size() - UNREACHED_PRINTED));
      }
    });
    return text.toString();
  }

  private static void stalls(StringBuilder text, Timeline timeline) {
    List<Stall> stalls = timeline.stalls();
    stalls.stream().sorted(Comparator.comparing(Stall::held).reversed()).limit(STALLS_PRINTED)
        .forEach(stall -> line(text, "STALL: " + timeline.describe(stall)));
    if (stalls.size() > STALLS_PRINTED) {
      line(text, String.format(Locale.ROOT, "  ... and %,d shorter stalls (the report lists them)",
          stalls.size() - STALLS_PRINTED));
    }
  }

  private static void line(StringBuilder text, String line) {
    text.append(System.lineSeparator()).append("  ").append(line);
  }
}
