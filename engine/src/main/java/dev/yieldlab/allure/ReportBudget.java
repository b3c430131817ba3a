package dev.yieldlab.allure;

/**
 * How large each piece of a run's Allure results may grow, whatever the run did: a run of a million
 * coroutines, a loop that logs 8 MiB, a hundred thousand stalls. The pieces add up to under 5 MiB for
 * one run (docs/RELIABILITY.md, tested by {@code ReportBoundsTest}), so that a suite's single-file
 * report, which embeds every attachment as base64 (4/3 of its size), stays openable.
 *
 * <p>Each limit is kept by construction, not by truncating bytes afterwards: what does not fit is
 * summarised (density lanes, totals) or left out with a line that says what and how much.
 */
final class ReportBudget {

  /** The Gantt chart's rows of their own: named, failed, stalled, logging and the longest-running tasks first. */
  static final int GANTT_ROWS = 120;
  /** Characters for the Gantt's task rows together; every row gets an equal share of what is left. */
  static final int GANTT_ROW_CHARS = 1_400_000;
  /** Stalls framed in the chart and listed as steps: the longest. */
  static final int STALLS_SHOWN = 50;
  /** Coroutines listed one a row in the measures table; the rest are summed in one row. */
  static final int TABLE_ROWS = 500;
  /** Coroutines with a step of their own on the run's page; past it, one step points at the table. */
  static final int TASK_STEPS = 20;
  /** Characters of the post-style log attachment. */
  static final int LOG_CHARS = 768 * 1024;
  /** Characters of the event listing attachment, and the events it lists at most. */
  static final int LISTING_CHARS = 768 * 1024;
  static final int LISTED_EVENTS = 5_000;
  /** Characters of one line quoted in a tooltip or a table cell (a log line may have 10,000). */
  static final int QUOTED_LINE_CHARS = 240;

  private ReportBudget() {}
}
