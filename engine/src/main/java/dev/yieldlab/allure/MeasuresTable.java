package dev.yieldlab.allure;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.timeline.SpanKind;
import dev.yieldlab.api.timeline.TaskActivity;
import dev.yieldlab.reporting.RunMeasures;
import dev.yieldlab.reporting.RunSettings;
import java.util.List;
import java.util.Locale;

/**
 * The measures of runs as an HTML page: a run's settings and measures, how long each coroutine spent
 * in each state, and, for a check, the elapsed times of the runs it reads and their ratios.
 */
final class MeasuresTable {

  private MeasuresTable() {}

  /**
   * One run: its settings and measures, then a row per coroutine and per worker outside the loop, at
   * most {@value ReportBudget#TABLE_ROWS} of them (those {@link TaskDigest} ranks first), and a row that
   * sums the others.
   */
  static String forRun(String title, RunSettings settings, RunMeasures measures, RunResult result) {
    long end = TimelineSvg.end(result.timeline(), result.elapsed().toNanos());
    return forRun(title, settings, measures, TaskDigest.of(result.timeline(), end, result.timeline().stalls()));
  }

  /** As {@link #forRun(String, RunSettings, RunMeasures, RunResult)}, with the tasks digested already. */
  static String forRun(String title, RunSettings settings, RunMeasures measures, TaskDigest tasks) {
    StringBuilder body = new StringBuilder();
    body.append("<h2>").append(Markup.escape(title)).append("</h2>\n<table><tr><th>setting / measure</th><th>value</th></tr>\n");
    settings.listed().forEach(setting -> keyValue(body, setting.name(), setting.value()));
    measures.reportEntries().forEach((name, value) -> keyValue(body, name, value));
    List<TaskActivity> rows = tasks.shown(ReportBudget.TABLE_ROWS);
    boolean complete = tasks.complete(ReportBudget.TABLE_ROWS);
    body.append("</table>\n<h2>Coroutines and workers</h2>\n");
    if (!complete) {
      body.append(String.format(Locale.ROOT, "<p>%,d coroutines and workers: the %,d ranked first (the first, failed,"
          + " stalled, logging and longest-running) have a row each; the last row sums the other %,d.</p>%n",
          tasks.tasks(), rows.size(), tasks.tasks() - rows.size()));
    }
    body.append("<table><tr><th>coroutine / worker</th>");
    for (SpanKind kind : SpanKind.values()) {
      body.append("<th>").append(Markup.escape(kind.label())).append(" (ms)</th>");
    }
    body.append("<th>yields</th><th>log lines</th><th>ended</th></tr>\n");
    for (TaskActivity row : rows) {
      body.append("<tr><td>").append(Markup.escape(CappedText.clip(row.task(), ReportBudget.QUOTED_LINE_CHARS))).append("</td>");
      row.nanosByKind().values().forEach(nanos -> body.append("<td class=\"num\">").append(ms(nanos)).append("</td>"));
      body.append("<td class=\"num\">").append(row.yields().size()).append("</td><td class=\"num\">")
          .append(row.logs().size()).append("</td><td>")
          .append(row.ending().map(kind -> Markup.escape(kind.name())).orElse("never")).append("</td></tr>\n");
    }
    if (!complete) {
      tasks.foldedTotals(ReportBudget.TABLE_ROWS).appendRow(body);
    }
    body.append("</table>\n");
    return HtmlPage.of(title, body.toString());
  }

  /** The runs a check reads: elapsed time of each, and the first one's elapsed over each other's. */
  static String forCheck(String title, List<RunResult> runs) {
    StringBuilder body = new StringBuilder();
    body.append("<h2>").append(Markup.escape(title)).append("</h2>\n<table><tr><th>run</th><th>elapsed median (ms)</th>")
        .append("<th>min (ms)</th><th>max (ms)</th><th>spread</th><th>n</th>")
        .append("<th>switches</th><th>threads</th><th>outcome</th></tr>\n");
    for (RunResult run : runs) {
      body.append("<tr><td>").append(Markup.escape(run.label())).append("</td><td class=\"num\">")
          .append(ms(run.elapsed().toNanos())).append("</td><td class=\"num\">")
          .append(ms(run.measurement().min().toNanos())).append("</td><td class=\"num\">")
          .append(ms(run.measurement().max().toNanos())).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.1f %%", run.measurement().relativeSpread() * 100))
          .append("</td><td class=\"num\">").append(run.measurement().samples().size())
          .append("</td><td class=\"num\">").append(run.timeline().switches())
          .append("</td><td class=\"num\">").append(run.timeline().threadIds().size()).append("</td><td>")
          .append(run.failure().map(f -> "failed: " + Markup.escape(String.valueOf(f.getMessage()))).orElse("ended"))
          .append("</td></tr>\n");
    }
    body.append("</table>\n");
    if (runs.size() > 1 && !runs.getFirst().elapsed().isZero()) {
      body.append("<h2>Elapsed ratios</h2>\n<table><tr><th>ratio</th><th>value</th></tr>\n");
      RunResult first = runs.getFirst();
      for (RunResult other : runs.subList(1, runs.size())) {
        if (other.elapsed().isZero()) {
          continue;
        }
        double ratio = (double) first.elapsed().toNanos() / other.elapsed().toNanos();
        body.append("<tr><td>").append(Markup.escape(first.label() + " / " + other.label()))
            .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.3f", ratio)).append("</td></tr>\n");
      }
      body.append("</table>\n");
    }
    return HtmlPage.of(title, body.toString());
  }

  /** A table a check published through its Report, every cell escaped. */
  static String forTable(String title, List<String> header, List<List<String>> rows) {
    StringBuilder body = new StringBuilder();
    body.append("<h2>").append(Markup.escape(title)).append("</h2>\n<table><tr>");
    header.forEach(cell -> body.append("<th>").append(Markup.escape(cell)).append("</th>"));
    body.append("</tr>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      row.forEach(cell -> body.append("<td>").append(Markup.escape(cell)).append("</td>"));
      body.append("</tr>\n");
    }
    body.append("</table>\n");
    return HtmlPage.of(title, body.toString());
  }

  private static void keyValue(StringBuilder body, String name, String value) {
    body.append("<tr><td>").append(Markup.escape(name)).append("</td><td>").append(Markup.escape(value)).append("</td></tr>\n");
  }

  static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
  }
}
