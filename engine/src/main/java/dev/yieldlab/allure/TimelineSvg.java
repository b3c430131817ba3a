package dev.yieldlab.allure;

import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.SpanKind;
import dev.yieldlab.api.timeline.Stall;
import dev.yieldlab.api.timeline.TaskActivity;
import dev.yieldlab.api.timeline.Timeline;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Timeline} as a Gantt chart in SVG: a row per coroutine, a bar per stretch of
 * running / ready / sleeping / waiting, a red tick per yield, a dot per log line, and a time axis in
 * milliseconds. 1400 px wide, so it reads without zooming in Allure's attachment view. Every bar, tick
 * and dot carries a {@code <title>} tooltip with exact times.
 *
 * <p>Bounded whatever the run did ({@link ReportBudget}): at most {@value ReportBudget#GANTT_ROWS}
 * tasks get a row ({@link TaskDigest} says which), the rest are folded into density lanes ({@link
 * DensityLanes}); every row is drawn as finely as its share of the character budget allows ({@link
 * GanttRow}); the longest {@value ReportBudget#STALLS_SHOWN} stalls are framed. What is folded or left
 * out is said under the title, and a timeline the recorder cut at its limits is marked where it stopped.
 */
final class TimelineSvg {

  static final int WIDTH = 1400;
  static final int LABEL_WIDTH = 210;
  private static final int RIGHT_MARGIN = 30;
  static final int PLOT_WIDTH = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
  static final int TOP = 74;
  static final int ROW_HEIGHT = 30;
  static final int BAR_HEIGHT = 16;
  private static final int LEGEND_HEIGHT = 44;

  private TimelineSvg() {}

  /** The chart for {@code timeline}, titled {@code title}, spanning at least {@code elapsedNanos}. */
  static String render(String title, Timeline timeline, long elapsedNanos) {
    long end = end(timeline, elapsedNanos);
    return render(title, timeline, TaskDigest.of(timeline, end, timeline.stalls()), elapsedNanos);
  }

  /** As {@link #render(String, Timeline, long)}, with the tasks digested already (to {@link #end}). */
  static String render(String title, Timeline timeline, TaskDigest tasks, long elapsedNanos) {
    long end = end(timeline, elapsedNanos);
    List<Stall> stalls = longest(timeline.stalls());
    List<TaskActivity> rows = tasks.shown(ReportBudget.GANTT_ROWS);
    boolean complete = tasks.complete(ReportBudget.GANTT_ROWS);
    DensityLanes lanes = complete ? null : tasks.foldedLanes(ReportBudget.GANTT_ROWS);
    int laneRows = lanes == null ? 0 : lanes.kinds().size() + 1;
    List<String> carriers = CarrierLegend.carriers(rows);
    int carrierHeight = CarrierLegend.height(carriers);
    int height = TOP + Math.max(1, rows.size() + laneRows) * ROW_HEIGHT + LEGEND_HEIGHT + carrierHeight;
    StringBuilder svg = new StringBuilder(8192);
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " font-family=\"DejaVu Sans, Noto Sans CJK KR, Arial, sans-serif\" font-size=\"13\">%n",
        WIDTH, height, WIDTH, height));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", WIDTH, height));
    svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
        GanttRow.quote(title)));
    String drawn = whatIsDrawn(tasks.tasks(), rows.size(), timeline.stalls().size(), stalls.size());
    if (!drawn.isEmpty()) {
      svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"40\" fill=\"#4a5568\">%s</text>%n", Markup.escape(drawn)));
    }
    appendAxis(svg, end, rows.size() + laneRows);
    int rowChars = ReportBudget.GANTT_ROW_CHARS;
    for (int i = 0; i < rows.size(); i++) {
      int before = svg.length();
      GanttRow.append(svg, rows.get(i), i, end, carriers, rowChars / (rows.size() - i));
      rowChars -= svg.length() - before;
    }
    if (lanes != null) {
      lanes.append(svg, TOP + rows.size() * ROW_HEIGHT, end);
    }
    appendStalls(svg, timeline, stalls, rows, end);
    timeline.recordingLimit().ifPresent(limit -> appendRecordingLimit(svg, limit, end, rows.size() + laneRows));
    if (rows.isEmpty()) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#718096\">no events recorded</text>%n",
          LABEL_WIDTH, TOP + 20));
    }
    appendLegend(svg, height - LEGEND_HEIGHT - carrierHeight + 18, rows.stream().anyMatch(TaskActivity::outside));
    CarrierLegend.append(svg, carriers, LABEL_WIDTH, height - carrierHeight + 14);
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** Where the chart ends: the run's elapsed time, or the last event if later. */
  static long end(Timeline timeline, long elapsedNanos) {
    return Math.max(1, Math.max(elapsedNanos, timeline.span().toNanos()));
  }

  /**
   * {@code 1,000,001 tasks: 120 drawn a row each, ..., 999,881 folded into the lanes below}; empty when
   * every task has its row and every stall its frame.
   */
  private static String whatIsDrawn(int all, int shown, int stalls, int stallsShown) {
    String rows = all == shown ? "" : String.format(Locale.ROOT, "%,d tasks: %,d drawn a row each (the first, failed,"
        + " stalled, logging and longest-running), %,d folded into the lanes below", all, shown, all - shown);
    return stalls > stallsShown ? (rows.isEmpty() ? "" : rows + "; ") + String.format(Locale.ROOT,
        "the %,d longest of %,d stalls framed", stallsShown, stalls) : rows;
  }

  /** The longest stalls, at most {@value ReportBudget#STALLS_SHOWN}, in time order. */
  static List<Stall> longest(List<Stall> stalls) {
    if (stalls.size() <= ReportBudget.STALLS_SHOWN) {
      return stalls;
    }
    return stalls.stream().sorted(java.util.Comparator.comparing(Stall::held).reversed())
        .limit(ReportBudget.STALLS_SHOWN).sorted(java.util.Comparator.comparingLong(Stall::startNanos)).toList();
  }

  /** A dashed line where the recorder stopped keeping events: to its right, rows show the last state recorded. */
  private static void appendRecordingLimit(StringBuilder svg, EventSubject.RecordingLimit limit, long end, int rowCount) {
    double x = GanttRow.xOf(Math.min(end, limit.firstDroppedNanos()), end);
    int bottom = TOP + Math.max(1, rowCount) * ROW_HEIGHT;
    svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c53030\""
        + " stroke-width=\"2\" stroke-dasharray=\"6 3\"><title>%s</title></line>%n", x, TOP - 6, x, bottom,
        Markup.escape("recording stopped here: " + limit.text() + "; from here on, rows show the last state recorded")));
    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"56\" fill=\"#c53030\" text-anchor=\"%s\">"
        + "recording stopped: %,d events not recorded</text>%n", x, x > WIDTH / 2.0 ? "end" : "start",
        limit.droppedEvents()));
  }

  private static void appendAxis(StringBuilder svg, long end, int rowCount) {
    double endMs = end / 1e6;
    double step = niceStep(endMs / 10);
    int bottom = TOP + Math.max(1, rowCount) * ROW_HEIGHT;
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#4a5568\"/>%n",
        LABEL_WIDTH, TOP - 6, LABEL_WIDTH + PLOT_WIDTH, TOP - 6));
    for (double ms = 0; ms <= endMs + step / 1000; ms += step) {
      double x = LABEL_WIDTH + ms / endMs * PLOT_WIDTH;
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e2e8f0\"/>"
              + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#2d3748\">%s</text>%n",
          x, TOP - 6, x, bottom, x, TOP - 12, formatMs(ms, step)));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#2d3748\">time (ms)</text>%n",
        10, TOP - 12));
  }

  /** With workers outside the loop, the colours they share with coroutines say what they mean for them. */
  private static void appendLegend(StringBuilder svg, int y, boolean withWorkers) {
    int x = LABEL_WIDTH;
    for (SpanKind kind : SpanKind.values()) {
      String label = !withWorkers || kind.workerLabel().equals(kind.label()) ? kind.label()
          : kind.label() + " / " + (kind == SpanKind.RUNNING ? "worker " : "") + kind.workerLabel();
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"18\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
          x, y - 10, SpanColours.of(kind), x + 24, y, Markup.escape(label)));
      x += 40 + label.length() * 8;
    }
    svg.append(String.format(Locale.ROOT,
        "<path d=\"M%d %d l-4 -6 h8 z\" fill=\"#c53030\"/><text x=\"%d\" y=\"%d\">yield</text>%n", x + 6, y, x + 16, y));
    x += 70;
    svg.append(String.format(Locale.ROOT,
        "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"#1a202c\"/><text x=\"%d\" y=\"%d\">log line (hover for text)</text>%n",
        x + 4, y - 4, x + 14, y));
  }

  /**
   * A red frame around every stretch that held the loop past the stall threshold, on its task's row,
   * its tooltip saying why and whom it made late.
   */
  private static void appendStalls(StringBuilder svg, Timeline timeline, List<Stall> stalls, List<TaskActivity> rows,
      long end) {
    java.util.Map<String, Integer> rowOf = new java.util.HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      rowOf.putIfAbsent(rows.get(i).task(), i);
    }
    for (Stall stall : stalls) {
      Integer index = rowOf.get(stall.task());
      if (index == null) {
        continue;
      }
      int barTop = TOP + index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
      double x = GanttRow.xOf(stall.startNanos(), end);
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"none\" stroke=\"#c53030\" stroke-width=\"2\""
              + " stroke-dasharray=\"4 2\"><title>%s</title></rect>%n",
          x, barTop - 2, Math.max(2, GanttRow.xOf(stall.endNanos(), end) - x), BAR_HEIGHT + 4,
          Markup.escapeLine(CappedText.clip("stall: " + timeline.describe(stall), 4 * ReportBudget.QUOTED_LINE_CHARS))));
    }
  }

  /** 1, 2 or 5 times a power of ten, at least {@code rough}: axis ticks people can read. */
  static double niceStep(double rough) {
    if (!(rough > 0)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double factor : new double[] {1, 2, 5, 10}) {
      if (factor * power >= rough) {
        return factor * power;
      }
    }
    return 10 * power;
  }

  private static String formatMs(double ms, double step) {
    if (step >= 1) {
      return String.format(Locale.ROOT, "%.0f", ms);
    }
    int decimals = (int) Math.min(6, Math.ceil(-Math.log10(step)));
    return String.format(Locale.ROOT, "%." + decimals + "f", ms);
  }
}
