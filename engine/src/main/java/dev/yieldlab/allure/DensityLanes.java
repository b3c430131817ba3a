package dev.yieldlab.allure;

import static dev.yieldlab.allure.TimelineSvg.BAR_HEIGHT;
import static dev.yieldlab.allure.TimelineSvg.LABEL_WIDTH;
import static dev.yieldlab.allure.TimelineSvg.PLOT_WIDTH;
import static dev.yieldlab.allure.TimelineSvg.ROW_HEIGHT;

import dev.yieldlab.api.timeline.SpanKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tasks a Gantt chart does not draw a row each, as one lane per state: over time, how many of
 * them were running, ready, sleeping or waiting (the average over each pixel column). A lane's height
 * is the share of the folded tasks in that state; its tooltips give the counts. Its size depends on
 * the chart's width alone, never on the number of tasks.
 */
final class DensityLanes {

  /** Pixel columns per tooltip: 58 tooltips a lane. */
  private static final int TOOLTIP_COLUMNS = 20;

  private final int tasks;
  private final double perColumn;
  /** Per kind (ordinal), per pixel column: the parts of columns that stretches cover at their ends. */
  private final double[][] partial = new double[SpanKind.values().length][PLOT_WIDTH + 1];
  /** Per kind, a difference array of columns that stretches cover whole: +1 where one starts, -1 after. */
  private final double[][] whole = new double[SpanKind.values().length][PLOT_WIDTH + 1];
  /** Per kind, per pixel column: tasks in that state on average over the column; made on first use. */
  private double[][] occupancy;

  /** Empty lanes for {@code tasks} folded tasks over {@code [0, end)}; {@link #add} fills them. */
  DensityLanes(int tasks, long end) {
    this.tasks = tasks;
    this.perColumn = (double) end / PLOT_WIDTH;
  }

  /**
   * Adds one stretch of a folded task: its overlap with each column, in constant time whatever its
   * length (the columns it covers whole go through the difference array).
   */
  void add(int task, SpanKind kind, long fromNanos, long toNanos) {
    double from = Math.min(PLOT_WIDTH, fromNanos / perColumn);
    double to = Math.min(PLOT_WIDTH, toNanos / perColumn);
    int first = (int) from;
    int last = (int) to;
    int k = kind.ordinal();
    if (first == last) {
      partial[k][first] += to - from;
    } else {
      partial[k][first] += first + 1 - from;
      partial[k][last] += to - last;
      whole[k][first + 1] += 1;
      whole[k][last] -= 1;
    }
  }

  private double[][] occupancy() {
    if (occupancy == null) {
      occupancy = new double[SpanKind.values().length][PLOT_WIDTH];
      for (int kind = 0; kind < occupancy.length; kind++) {
        double running = 0;
        for (int column = 0; column < PLOT_WIDTH; column++) {
          running += whole[kind][column];
          occupancy[kind][column] = running + partial[kind][column];
        }
      }
    }
    return occupancy;
  }

  /** The kinds any folded task was ever in: one lane each. */
  List<SpanKind> kinds() {
    List<SpanKind> kinds = new ArrayList<>();
    for (SpanKind kind : SpanKind.values()) {
      for (double tasksInIt : occupancy()[kind.ordinal()]) {
        if (tasksInIt > 0) {
          kinds.add(kind);
          break;
        }
      }
    }
    return kinds;
  }

  /** Appends the lanes from {@code top}, under a heading row that says what they hold. */
  void append(StringBuilder svg, int top, long end) {
    svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#edf2f7\"/>%n",
        top, TimelineSvg.WIDTH, (kinds().size() + 1) * ROW_HEIGHT));
    svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%,d other tasks: how many"
        + " were in each state over time (drawn as a share of them; hover for counts)</text>%n", top + 19, tasks));
    int index = 1;
    for (SpanKind kind : kinds()) {
      appendLane(svg, kind, top + index++ * ROW_HEIGHT, end);
    }
  }

  private void appendLane(StringBuilder svg, SpanKind kind, int rowTop, long end) {
    double[] counts = occupancy()[kind.ordinal()];
    int baseline = rowTop + (ROW_HEIGHT + BAR_HEIGHT) / 2 + 2;
    double scale = (BAR_HEIGHT + 4.0) / Math.max(1, tasks);
    StringBuilder path = new StringBuilder().append('M').append(LABEL_WIDTH).append(' ').append(baseline);
    for (int column = 0; column < PLOT_WIDTH; column++) {
      path.append(String.format(Locale.ROOT, "V%.1fh1", baseline - counts[column] * scale));
    }
    path.append("V").append(baseline).append('Z');
    svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s<title>%s</title></text>%n", rowTop + 19,
        Markup.escape(kind.label()), Markup.escape(kind.label() + ": of the " + String.format(Locale.ROOT, "%,d", tasks)
            + " tasks without a row of their own")));
    svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"%s\"/>%n", path, SpanColours.of(kind)));
    for (int from = 0; from < PLOT_WIDTH; from += TOOLTIP_COLUMNS) {
      int to = Math.min(PLOT_WIDTH, from + TOOLTIP_COLUMNS);
      double sum = 0;
      double peak = 0;
      for (int column = from; column < to; column++) {
        sum += counts[column];
        peak = Math.max(peak, counts[column]);
      }
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill-opacity=\"0\">"
              + "<title>%s from %s to %s: %,.0f tasks on average, at most %,.0f</title></rect>%n",
          LABEL_WIDTH + from, rowTop, to - from, ROW_HEIGHT, Markup.escape(kind.label()),
          GanttRow.millis((long) ((double) from / PLOT_WIDTH * end)), GanttRow.millis((long) ((double) to / PLOT_WIDTH * end)),
          sum / (to - from), peak));
    }
  }
}
