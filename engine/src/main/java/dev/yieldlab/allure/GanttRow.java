package dev.yieldlab.allure;

import static dev.yieldlab.allure.TimelineSvg.BAR_HEIGHT;
import static dev.yieldlab.allure.TimelineSvg.LABEL_WIDTH;
import static dev.yieldlab.allure.TimelineSvg.PLOT_WIDTH;
import static dev.yieldlab.allure.TimelineSvg.ROW_HEIGHT;
import static dev.yieldlab.allure.TimelineSvg.TOP;
import static dev.yieldlab.allure.TimelineSvg.WIDTH;

import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.Span;
import dev.yieldlab.api.timeline.SpanKind;
import dev.yieldlab.api.timeline.TaskActivity;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One task's row of the Gantt chart in at most a given number of characters: its stretches exactly,
 * each with a tooltip, while they fit; else per column of {@code bucket} pixels in the colour that
 * held most of the column's time, the bucket doubling until the row fits. Yield ticks and log dots
 * are grouped per column the same way, their tooltips listing up to {@value #MAX_TOOLTIP_LINES} marks.
 */
final class GanttRow {

  private static final int MAX_LABEL_CHARS = 26;
  private static final int MAX_TOOLTIP_LINES = 20;

  private GanttRow() {}

  /** Appends row {@code index} for {@code row} in at most about {@code maxChars}, as finely as that allows. */
  static void append(StringBuilder svg, TaskActivity row, int index, long end, List<String> carriers, int maxChars) {
    String drawn = null;
    for (int bucket = 1; bucket < 2 * PLOT_WIDTH; bucket *= 2) {
      drawn = render(row, index, end, carriers, bucket);
      if (drawn.length() <= maxChars) {
        break;
      }
    }
    svg.append(drawn);
  }

  private static String render(TaskActivity row, int index, long end, List<String> carriers, int bucket) {
    StringBuilder svg = new StringBuilder(256);
    int rowTop = TOP + index * ROW_HEIGHT;
    int barTop = rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    if (index % 2 == 1) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f7fafc\"/>%n",
          rowTop, WIDTH, ROW_HEIGHT));
    }
    String ending = row.ending().map(kind -> kind == EventKind.END ? "ended" : kind.name()).orElse("never ended");
    svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s<title>%s</title></text>%n",
        barTop + 12, Markup.escapeLine(shorten(row.task())), quote(row.task()
            + (row.outside() ? ", a worker outside the loop" : "") + " (" + ending + ")")));
    int columns = Math.max(1, PLOT_WIDTH / bucket);
    if (bucket == 1 && row.spans().size() <= PLOT_WIDTH) {
      for (Span span : row.spans()) {
        double x = xOf(span.startNanos(), end);
        double width = Math.max(0.8, xOf(span.endNanos(), end) - x);
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>%n",
            x, barTop, width, BAR_HEIGHT, SpanColours.of(span, carriers), quote(row.task() + ": "
                + row.label(span) + " " + millis(span.startNanos()) + " to " + millis(span.endNanos())
                + " (" + millis(span.nanos()) + ")")));
      }
    } else {
      appendColumns(svg, row, barTop, end, columns);
    }
    appendMarks(svg, row, barTop, end, columns);
    return svg.toString();
  }

  /** Too many stretches for their own rects: one run of columns per colour, each column its dominant kind. */
  private static void appendColumns(StringBuilder svg, TaskActivity row, int barTop, long end, int columns) {
    double[][] nanosPerColumn = new double[columns][SpanKind.values().length];
    double nanosPerColumnWidth = (double) end / columns;
    for (Span span : row.spans()) {
      double from = span.startNanos() / nanosPerColumnWidth;
      double to = span.endNanos() / nanosPerColumnWidth;
      for (int column = (int) Math.floor(from); column < Math.min(columns, Math.ceil(to)); column++) {
        double overlap = Math.min(to, column + 1) - Math.max(from, column);
        nanosPerColumn[Math.max(0, column)][span.kind().ordinal()] += Math.max(0, overlap);
      }
    }
    double pixels = (double) PLOT_WIDTH / columns;
    SpanKind runKind = null;
    int runStart = 0;
    for (int column = 0; column <= columns; column++) {
      SpanKind kind = column == columns ? null : dominant(nanosPerColumn[column]);
      if (kind != runKind) {
        if (runKind != null) {
          svg.append(String.format(Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>%n",
              LABEL_WIDTH + runStart * pixels, barTop, (column - runStart) * pixels, BAR_HEIGHT, SpanColours.of(runKind),
              quote(row.task() + ": mostly " + row.label(runKind) + " (" + row.spans().size()
                  + " stretches, drawn per " + (columns == PLOT_WIDTH ? "pixel" : Math.round(pixels) + " pixels") + ")")));
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
   * Yield ticks above the bar and log dots on it, one of each per column: marks that share a column
   * share a tooltip, which lists them.
   */
  private static void appendMarks(StringBuilder svg, TaskActivity row, int barTop, long end, int columns) {
    // Yields are all alike: a column says how many and when, not a line each.
    Map<Integer, List<Long>> yieldsByColumn = new TreeMap<>();
    for (long nanos : row.yields()) {
      yieldsByColumn.computeIfAbsent(column(nanos, end, columns), c -> new ArrayList<>()).add(nanos);
    }
    yieldsByColumn.forEach((x, times) -> svg.append(String.format(Locale.ROOT,
        "<path d=\"M%d %d l-4 -6 h8 z\" fill=\"#c53030\"><title>%s</title></path>%n",
        x, barTop, tooltip(row.task(), List.of(times.size() == 1 ? "yield at " + millis(times.getFirst())
            : times.size() + " yields from " + millis(times.getFirst()) + " to " + millis(times.getLast()))))));
    Map<Integer, List<TimelineEvent>> logsByColumn = new TreeMap<>();
    for (TimelineEvent log : row.logs()) {
      logsByColumn.computeIfAbsent(column(log.nanos(), end, columns), c -> new ArrayList<>()).add(log);
    }
    logsByColumn.forEach((x, logs) -> svg.append(String.format(Locale.ROOT,
        "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"#1a202c\" stroke=\"#ffffff\"><title>%s</title></circle>%n",
        x, barTop + BAR_HEIGHT / 2, tooltip(row.task(), logs.stream().limit(MAX_TOOLTIP_LINES + 1)
            .map(log -> log.detail() + " at " + millis(log.nanos())).toList(), logs.size()))));
  }

  private static String tooltip(String task, List<String> lines) {
    return tooltip(task, lines, lines.size());
  }

  /** {@code task:} then one escaped line per mark, each cut to a quotable length; its own line breaks shown as ⏎. */
  private static String tooltip(String task, List<String> lines, int total) {
    StringBuilder text = new StringBuilder(quote(task)).append(':');
    lines.stream().limit(MAX_TOOLTIP_LINES).forEach(line -> text.append('\n').append(quote(line)));
    if (total > MAX_TOOLTIP_LINES) {
      text.append('\n').append("\u2026 and ").append(total - MAX_TOOLTIP_LINES).append(" more");
    }
    return text.toString();
  }

  /** Escaped for SVG text, on one line, cut to what a tooltip can show. */
  static String quote(String text) {
    return Markup.escapeLine(CappedText.clip(text, ReportBudget.QUOTED_LINE_CHARS));
  }

  /** The x of the centre of the column {@code nanos} falls in. */
  private static int column(long nanos, long end, int columns) {
    if (columns == PLOT_WIDTH) {
      return (int) Math.round(xOf(nanos, end));
    }
    int index = (int) Math.min(columns - 1, Math.floor((double) nanos / end * columns));
    return (int) Math.round(LABEL_WIDTH + (index + 0.5) * PLOT_WIDTH / columns);
  }

  static double xOf(long nanos, long end) {
    return LABEL_WIDTH + (double) nanos / end * PLOT_WIDTH;
  }

  private static String shorten(String name) {
    return name.codePointCount(0, name.length()) <= MAX_LABEL_CHARS ? name
        : name.substring(0, name.offsetByCodePoints(0, MAX_LABEL_CHARS - 1)) + "\u2026";
  }

  static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
  }
}
