package dev.yieldlab.junit;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.timeline.InjectedYieldPoints;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a failing check should say about the injected runs it read: how many yield points were
 * injected and how often they were reached, and where each stall that reached none spent its time.
 * An injected variant whose work runs where nothing was injected (JDK code, a library) behaves like
 * the plain one, and a claim about yielding then fails for a reason the assertion alone cannot tell.
 */
final class InjectedRunNote {

  /** Stalls described per run; the run's page lists up to 50. */
  static final int STALLS_NAMED = 3;

  private InjectedRunNote() {}

  /** The note for {@code read}, or empty when none of those runs was injected. */
  static Optional<String> of(List<RunResult> read) {
    StringBuilder text = new StringBuilder();
    for (RunResult run : read) {
      if (run.yieldPoints().isEmpty()) {
        continue;
      }
      InjectedYieldPoints points = run.yieldPoints().get();
      text.append(text.isEmpty() ? "" : System.lineSeparator()).append("injected run '").append(run.label()).append("': ")
          .append(points.describe());
      points.unreached().stream().limit(STALLS_NAMED)
          .forEach(unreached -> text.append(System.lineSeparator()).append("  ").append(unreached.describe()));
      if (points.unreached().size() > STALLS_NAMED) {
        text.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  ... and %,d more stalls that reached"
            + " no yield point (the run's page lists them)", points.unreached().size() - STALLS_NAMED));
      }
    }
    return text.isEmpty() ? Optional.empty() : Optional.of(text.toString());
  }
}
