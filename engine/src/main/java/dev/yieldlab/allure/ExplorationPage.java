package dev.yieldlab.allure;

import dev.yieldlab.api.explore.CheckVerdict;
import dev.yieldlab.api.explore.Exploration;
import dev.yieldlab.reporting.CheckReport;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Status;
import java.util.List;
import java.util.Locale;

/**
 * What an exploration adds to the Allure pages: on the run's page, how many schedules by which
 * strategy, in how long, the outcomes table (jcstress's) and each check's verdict; on a check's page,
 * its scope, or the refuting schedule drawn beside the FIFO one ({@link ScheduleSvg}) with where it
 * left FIFO and the command line that replays it.
 */
final class ExplorationPage {

  private ExplorationPage() {}

  static void run(Exploration exploration) {
    Allure.step(String.format(Locale.ROOT, "explored %s in %.3f s (%,.0f schedules/s), stopped: %s",
        exploration.scope(), exploration.took().toNanos() / 1e9, exploration.schedulesPerSecond(), exploration.stopped()));
    exploration.notes().forEach(note -> Allure.step("note: " + note, Status.SKIPPED));
    exploration.verdicts().forEach(verdict -> Allure.step("check " + verdict.check() + ": " + line(exploration, verdict),
        switch (verdict.status()) {
          case HELD -> Status.PASSED;
          case REFUTED -> Status.FAILED;
          case NONDETERMINISTIC, NOT_JUDGED -> Status.SKIPPED;
        }));
    List<List<String>> rows = exploration.outcomes().stream().map(outcome -> List.of(
        CappedText.clip(outcome.outcome(), ReportBudget.QUOTED_LINE_CHARS), String.format(Locale.ROOT, "%,d", outcome.count()),
        String.format(Locale.ROOT, "%.1f %%", 100.0 * outcome.count() / exploration.schedules()), outcome.firstSchedule()))
        .toList();
    String title = "outcomes over " + exploration.scope();
    Allure.addAttachment("outcomes", "text/html",
        MeasuresTable.forTable(title, List.of("outcome", "schedules", "share", "first schedule (replay it)"), rows), ".html");
  }

  static void check(CheckReport check) {
    for (CheckReport.ExploredVerdict explored : check.exploredVerdicts()) {
      Exploration exploration = explored.exploration();
      CheckVerdict verdict = explored.verdict();
      Allure.step("explored " + exploration.run() + ": " + line(exploration, verdict));
      verdict.refutation().ifPresent(refutation -> {
        refutation.deviations().forEach(note -> Allure.step("deviation: " + note.describe()));
        Allure.addAttachment("refuting schedule beside FIFO", "image/svg+xml", ScheduleSvg.render(
            exploration.run() + ": schedule " + refutation.shrunk(), exploration.fifo().timeline(),
            refutation.witness().timeline(), refutation.deviations()), ".svg");
        Allure.addAttachment("refuting schedule's events", "text/plain", RunPage.eventListing(refutation.witness().timeline()),
            ".txt");
      });
    }
  }

  private static String line(Exploration exploration, CheckVerdict verdict) {
    return switch (verdict.status()) {
      case HELD -> "held in " + exploration.scope();
      case NOT_JUDGED -> "not judged: it never read this run";
      case REFUTED -> "refuted by schedule " + verdict.refutation().orElseThrow().shrunk() + " ("
          + verdict.refutation().orElseThrow().provenance() + ")";
      case NONDETERMINISTIC -> "no verdict: nondeterministic, "
          + verdict.refutation().orElseThrow().divergence().orElse("");
    };
  }
}
