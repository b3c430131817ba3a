package dev.yieldlab.allure;

import dev.yieldlab.api.EventKind;
import dev.yieldlab.api.Span;
import dev.yieldlab.api.SpanKind;
import dev.yieldlab.api.Stall;
import dev.yieldlab.api.TaskActivity;
import dev.yieldlab.api.Timeline;
import dev.yieldlab.api.TimelineEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws a {@link Timeline} as a Gantt chart in SVG: one row per coroutine, a bar per stretch of
 * running / ready / sleeping / waiting, a red tick per yield, a dot per log line, and a time axis in
 * milliseconds. 1400 px wide, so it reads without zooming in Allure's attachment view. Every bar, tick
 * and dot carries a {@code <title>} tooltip with exact times.
 *
 * <p>Rows with more stretches than pixels (a CPU loop yielding every few microseconds) are drawn per
 * pixel column in the colour that held most of that column's time, so the picture stays a few hundred
 * kilobytes whatever the run did.
 */
final class TimelineSvg {

  static final int WIDTH = 1400;
  private static final int LABEL_WIDTH = 210;
  private static final int RIGHT_MARGIN = 30;
  private static final int PLOT_WIDTH = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
  private static final int TOP = 58;
  private static final int ROW_HEIGHT = 30;
  private static final int BAR_HEIGHT = 16;
  private static final int LEGEND_HEIGHT = 44;
  private static final int MAX_LABEL_CHARS = 26;
  private static final int MAX_TOOLTIP_LINES = 20;

  private TimelineSvg() {}

  /** The chart for {@code timeline}, titled {@code title}, spanning at least {@code elapsedNanos}. */
  static String render(String title, Timeline timeline, long elapsedNanos) {
    long end = Math.max(1, Math.max(elapsedNanos, timeline.span().toNanos()));
    List<TaskActivity> rows = timeline.activities(Duration.ofNanos(end));
    List<String> carriers = CarrierLegend.carriers(rows);
    int height = TOP + Math.max(1, rows.size()) * ROW_HEIGHT + LEGEND_HEIGHT + CarrierLegend.height(carriers);
    StringBuilder svg = new StringBuilder(8192);
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " font-family=\"DejaVu Sans, Noto Sans CJK KR, Arial, sans-serif\" font-size=\"13\">%n",
        WIDTH, height, WIDTH, height));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", WIDTH, height));
    svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
        Markup.escapeLine(title)));
    appendAxis(svg, end, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      appendRow(svg, rows.get(i), i, end, carriers);
    }
    appendStalls(svg, timeline, rows, end);
    if (rows.isEmpty()) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#718096\">no events recorded</text>%n",
          LABEL_WIDTH, TOP + 20));
    }
    appendLegend(svg, height - LEGEND_HEIGHT - CarrierLegend.height(carriers) + 18, rows.stream().anyMatch(TaskActivity::outside));
    CarrierLegend.append(svg, carriers, LABEL_WIDTH, height - CarrierLegend.height(carriers) + 14);
    svg.append("</svg>\n");
    return svg.toString();
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

  private static void appendRow(StringBuilder svg, TaskActivity row, int index, long end, List<String> carriers) {
    int rowTop = TOP + index * ROW_HEIGHT;
    int barTop = rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    if (index % 2 == 1) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f7fafc\"/>%n",
          rowTop, WIDTH, ROW_HEIGHT));
    }
    String ending = row.ending().map(kind -> kind == EventKind.END ? "ended" : kind.name()).orElse("never ended");
    svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s<title>%s</title></text>%n",
        barTop + 12, Markup.escapeLine(shorten(row.task())), Markup.escapeLine(row.task()
            + (row.outside() ? ", a worker outside the loop" : "") + " (" + ending + ")")));
    if (row.spans().size() <= PLOT_WIDTH) {
      for (Span span : row.spans()) {
        double x = xOf(span.startNanos(), end);
        double width = Math.max(0.8, xOf(span.endNanos(), end) - x);
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>%n",
            x, barTop, width, BAR_HEIGHT, SpanColours.of(span, carriers), Markup.escapeLine(row.task() + ": "
                + row.label(span) + " " + millis(span.startNanos()) + " to " + millis(span.endNanos())
                + " (" + millis(span.nanos()) + ")")));
      }
    } else {
      appendPixelColumns(svg, row, barTop, end);
    }
    appendMarks(svg, row, barTop, end);
  }

  /** A row with more spans than pixels: one run of columns per colour, each column its dominant kind. */
  private static void appendPixelColumns(StringBuilder svg, TaskActivity row, int barTop, long end) {
    double[][] nanosPerColumn = new double[PLOT_WIDTH][SpanKind.values().length];
    double nanosPerPixel = (double) end / PLOT_WIDTH;
    for (Span span : row.spans()) {
      double from = span.startNanos() / nanosPerPixel;
      double to = span.endNanos() / nanosPerPixel;
      for (int column = (int) Math.floor(from); column < Math.min(PLOT_WIDTH, Math.ceil(to)); column++) {
        double overlap = Math.min(to, column + 1) - Math.max(from, column);
        nanosPerColumn[Math.max(0, column)][span.kind().ordinal()] += Math.max(0, overlap);
      }
    }
    SpanKind runKind = null;
    int runStart = 0;
    for (int column = 0; column <= PLOT_WIDTH; column++) {
      SpanKind kind = column == PLOT_WIDTH ? null : dominant(nanosPerColumn[column]);
      if (kind != runKind) {
        if (runKind != null) {
          svg.append(String.format(Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>%n",
              LABEL_WIDTH + runStart, barTop, column - runStart, BAR_HEIGHT, SpanColours.of(runKind),
              Markup.escapeLine(row.task() + ": mostly " + row.label(runKind) + " (" + row.spans().size()
                  + " stretches, drawn per pixel)")));
        }
        runKind = kind;
        runStart = column;
      }
    }
  }

  private static SpanKind dominant(double[] nanosByKind) {
    int best = -1;
    for (int kind = 0; kind < nanosByKind.length; kind++) {
      if (nanosByKind[kind] > 0 && (best < 0 || nanosByKind[kind] > nanosByKind[best])) {
        best = kind;
      }
    }
    return best < 0 ? null : SpanKind.values()[best];
  }

  /**
   * Yield ticks above the bar and log dots on it, one of each per pixel column: marks that share a
   * column share a tooltip, which lists them (up to {@value #MAX_TOOLTIP_LINES} lines).
   */
  private static void appendMarks(StringBuilder svg, TaskActivity row, int barTop, long end) {
    // Yields are all alike: a column says how many and when, not a line each.
    Map<Integer, List<Long>> yieldsByColumn = new TreeMap<>();
    for (long nanos : row.yields()) {
      yieldsByColumn.computeIfAbsent(column(nanos, end), c -> new ArrayList<>()).add(nanos);
    }
    yieldsByColumn.forEach((column, times) -> svg.append(String.format(Locale.ROOT,
        "<path d=\"M%d %d l-4 -6 h8 z\" fill=\"#c53030\"><title>%s</title></path>%n",
        column, barTop, tooltip(row.task(), List.of(times.size() == 1 ? "yield at " + millis(times.getFirst())
            : times.size() + " yields from " + millis(times.getFirst()) + " to " + millis(times.getLast()))))));
    Map<Integer, List<String>> logsByColumn = new TreeMap<>();
    for (TimelineEvent log : row.logs()) {
      logsByColumn.computeIfAbsent(column(log.nanos(), end), c -> new ArrayList<>())
          .add(log.detail() + " at " + millis(log.nanos()));
    }
    logsByColumn.forEach((column, lines) -> svg.append(String.format(Locale.ROOT,
        "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"#1a202c\" stroke=\"#ffffff\"><title>%s</title></circle>%n",
        column, barTop + BAR_HEIGHT / 2, tooltip(row.task(), lines))));
  }

  /** {@code task:} then one escaped line per mark; each mark's own line breaks shown as ⏎. */
  private static String tooltip(String task, List<String> lines) {
    StringBuilder text = new StringBuilder(Markup.escapeLine(task)).append(':');
    lines.stream().limit(MAX_TOOLTIP_LINES).forEach(line -> text.append('\n').append(Markup.escapeLine(line)));
    if (lines.size() > MAX_TOOLTIP_LINES) {
      text.append('\n').append("\u2026 and ").append(lines.size() - MAX_TOOLTIP_LINES).append(" more");
    }
    return text.toString();
  }

  private static int column(long nanos, long end) {
    return (int) Math.round(xOf(nanos, end));
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
  private static void appendStalls(StringBuilder svg, Timeline timeline, List<TaskActivity> rows, long end) {
    for (Stall stall : timeline.stalls()) {
      int index = rows.stream().map(TaskActivity::task).toList().indexOf(stall.task());
      if (index < 0) {
        continue;
      }
      int barTop = TOP + index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
      double x = xOf(stall.startNanos(), end);
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"none\" stroke=\"#c53030\" stroke-width=\"2\""
              + " stroke-dasharray=\"4 2\"><title>%s</title></rect>%n",
          x, barTop - 2, Math.max(2, xOf(stall.endNanos(), end) - x), BAR_HEIGHT + 4,
          Markup.escapeLine("stall: " + timeline.describe(stall))));
    }
  }

  private static double xOf(long nanos, long end) {
    return LABEL_WIDTH + (double) nanos / end * PLOT_WIDTH;
  }

  private static String shorten(String name) {
    return name.codePointCount(0, name.length()) <= MAX_LABEL_CHARS ? name
        : name.substring(0, name.offsetByCodePoints(0, MAX_LABEL_CHARS - 1)) + "\u2026";
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

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
  }
}
