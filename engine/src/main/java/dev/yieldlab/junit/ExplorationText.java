package dev.yieldlab.junit;

import dev.yieldlab.api.explore.CheckVerdict;
import dev.yieldlab.api.explore.Exploration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An exploration in words for the console and the run test's report entries: how many schedules, by
 * which strategy, in how long, the outcomes, and each check's verdict in one line.
 */
final class ExplorationText {

  private ExplorationText() {}

  /** {@code [yieldlab] X.run: explored 10,000 schedules ... }, then a line per outcome and per check. */
  static String console(Exploration exploration) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "[yieldlab] %s: explored %s in %.2f s (%,.0f schedules/s), stopped: %s", exploration.run(),
        exploration.scope(), exploration.took().toNanos() / 1e9, exploration.schedulesPerSecond(), exploration.stopped()));
    String nl = System.lineSeparator();
    exploration.notes().forEach(note -> text.append(nl).append("  note: ").append(note));
    exploration.outcomes().forEach(outcome -> text.append(nl).append(String.format(Locale.ROOT,
        "  outcome %s: %,d schedule(s), first %s", outcome.outcome(), outcome.count(), outcome.firstSchedule())));
    exploration.verdicts().forEach(verdict -> text.append(nl).append("  check ").append(verdict.check()).append(": ")
        .append(verdictLine(exploration, verdict)));
    return text.toString();
  }

  /** What one check's verdict is, in a line. */
  static String verdictLine(Exploration exploration, CheckVerdict verdict) {
    return switch (verdict.status()) {
      case HELD -> "held in " + exploration.scope();
      case NOT_JUDGED -> "not judged: it never read this run";
      case REFUTED -> "refuted by schedule " + verdict.refutation().orElseThrow().shrunk() + " ("
          + verdict.refutation().orElseThrow().provenance() + ")";
      case NONDETERMINISTIC -> "no verdict, nondeterministic: " + verdict.refutation().orElseThrow().divergence().orElse("");
    };
  }

  /** The run test's report entries: what Surefire's XML and the IDE keep of the exploration. */
  static Map<String, String> entries(Exploration exploration) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("explored", exploration.scope());
    entries.put("exploration time", String.format(Locale.ROOT, "%.3f s", exploration.took().toNanos() / 1e9));
    entries.put("schedules per second", String.format(Locale.ROOT, "%,.0f", exploration.schedulesPerSecond()));
    entries.put("outcomes", exploration.outcomes().stream()
        .map(outcome -> String.format(Locale.ROOT, "%s ×%,d", outcome.outcome(), outcome.count()))
        .collect(Collectors.joining("; ")));
    return entries;
  }

  /**
   * When some schedules failed the run itself and no check was judged on them, the run's own test is
   * where that shows: the message saying so; empty otherwise (a check refuted by those schedules says it).
   */
  static Optional<String> unjudgedFailure(Exploration exploration) {
    boolean judged = exploration.verdicts().stream().anyMatch(v -> v.status() != CheckVerdict.Status.NOT_JUDGED);
    return exploration.outcomes().stream().filter(Exploration.Outcome::failed).findFirst()
        .filter(failure -> !judged)
        .map(failure -> String.format(Locale.ROOT, "run %s failed on %,d of its %,d explored schedules, and no check"
            + " reads it to judge that: %s. Replay the first with -Dyieldlab.schedule=%s", exploration.run(),
            exploration.outcomes().stream().filter(Exploration.Outcome::failed).mapToInt(Exploration.Outcome::count).sum(),
            exploration.schedules(), failure.outcome(), failure.firstSchedule()));
  }
}
