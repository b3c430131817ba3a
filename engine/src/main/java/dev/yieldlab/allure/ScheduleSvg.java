package dev.yieldlab.allure;

import dev.yieldlab.api.explore.ChoiceNote;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two schedules of one explored run drawn one above the other: the FIFO one, then the one that
 * refutes a check, its deviations from FIFO marked in red. On the VIRTUAL clock a race happens at one
 * instant, so the horizontal axis is the order of events, not time: a row per coroutine, a bar for
 * each stretch it held the loop, a tick per yield, a dot per log line (tooltips give the text), and a
 * red line before each event a deviating choice let happen. Bounded: the first {@value #MAX_EVENTS}
 * events of each and {@value #MAX_ROWS} coroutines are drawn, and the picture says what it left out.
 */
final class ScheduleSvg {

  static final int MAX_EVENTS = 1_500;
  static final int MAX_ROWS = 40;
  private static final int WIDTH = TimelineSvg.WIDTH;
  private static final int LABEL = 190;
  private static final int PLOT = WIDTH - LABEL - 30;
  private static final int ROW = 24;
  private static final int PANEL_GAP = 56;

  private ScheduleSvg() {}

  static String render(String title, Timeline fifo, Timeline refuting, List<ChoiceNote> deviations) {
    StringBuilder body = new StringBuilder();
    int y = 40;
    y = panel(body, "the FIFO schedule (what the run does unexplored)", fifo, List.of(), y);
    y = panel(body, "the refuting schedule, shrunk: " + deviations.size() + " deviation(s) from FIFO, in red", refuting,
        deviations, y + PANEL_GAP);
    StringBuilder svg = new StringBuilder(body.length() + 512);
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
        + " viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">%n", WIDTH, y + 20,
        WIDTH, y + 20));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", WIDTH, y + 20));
    svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
        Markup.escapeLine(title)));
    return svg.append(body).append("</svg>\n").toString();
  }

  /** Draws one schedule from {@code top}; returns where the next may start. */
  private static int panel(StringBuilder svg, String heading, Timeline timeline, List<ChoiceNote> marks, int top) {
    List<TimelineEvent> events = timeline.events().stream().filter(e -> !e.kind().isOutside()).toList();
    int drawn = Math.min(events.size(), MAX_EVENTS);
    List<String> tasks = timeline.tasks();
    List<String> rows = tasks.subList(0, Math.min(tasks.size(), MAX_ROWS));
    Map<String, Integer> rowOf = new HashMap<>();
    rows.forEach(task -> rowOf.put(task, rowOf.size()));
    String cut = (drawn < events.size() ? String.format(Locale.ROOT, "; the first %,d of %,d events drawn", drawn,
        events.size()) : "") + (rows.size() < tasks.size() ? String.format(Locale.ROOT, "; %d of %d coroutines",
        rows.size(), tasks.size()) : "");
    svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>%n", top,
        Markup.escapeLine(heading + cut)));
    int plotTop = top + 12;
    double step = drawn == 0 ? PLOT : (double) PLOT / drawn;
    for (String task : rows) {
      int y = plotTop + rowOf.get(task) * ROW;
      svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 15,
          Markup.escapeLine(CappedText.clip(task, 26))));
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#e2e8f0\"/>%n",
          LABEL, y + ROW - 2, LABEL + PLOT, y + ROW - 2));
    }
    Map<String, Integer> runningSince = new HashMap<>();
    for (int i = 0; i < drawn; i++) {
      TimelineEvent event = events.get(i);
      Integer row = rowOf.get(event.task());
      if (row == null) {
        continue;
      }
      double x = LABEL + i * step;
      int y = plotTop + row * ROW;
      switch (event.kind()) {
        case START, RESUME -> runningSince.put(event.task(), i);
        case YIELD -> tick(svg, x, y, "#e53e3e");
        case LOG -> svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"3\" fill=\"#2d3748\">"
            + "<title>%s</title></circle>%n", x, y + 9, Markup.escapeLine("#" + i + " " + event.describe())));
        default -> { }
      }
      if (ends(event.kind()) && runningSince.containsKey(event.task())) {
        bar(svg, LABEL + runningSince.remove(event.task()) * step, x + step, y, event, i);
      }
    }
    int bottom = plotTop + Math.max(1, rows.size()) * ROW;
    int n = 0;
    for (ChoiceNote mark : marks) {
      n++;
      double x = LABEL + Math.min(mark.beforeEvent(), drawn) * step;
      svg.append(String.format(Locale.ROOT, "<g><line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c53030\""
          + " stroke-width=\"2\"/><text x=\"%.1f\" y=\"%d\" fill=\"#c53030\" font-weight=\"bold\">%d</text>"
          + "<title>%s</title></g>%n", x, plotTop - 4, x, bottom, x + 2, plotTop - 2, n, Markup.escapeLine(mark.describe())));
    }
    int y = bottom + 16;
    for (ChoiceNote mark : marks.subList(0, Math.min(marks.size(), 12))) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#c53030\">%d: %s</text>%n", LABEL, y,
          marks.indexOf(mark) + 1, Markup.escapeLine(CappedText.clip(mark.describe(), 160))));
      y += 16;
    }
    return y;
  }

  private static boolean ends(EventKind kind) {
    return switch (kind) {
      case YIELD, SLEEP, WAIT, END, FAIL, CANCEL -> true;
      default -> false;
    };
  }

  private static void bar(StringBuilder svg, double from, double to, int y, TimelineEvent end, int index) {
    String colour = end.kind() == EventKind.FAIL ? "#e53e3e" : end.kind() == EventKind.CANCEL ? "#a0aec0" : "#3182ce";
    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\">"
        + "<title>%s</title></rect>%n", from, y + 2, Math.max(1.5, to - from), colour,
        Markup.escapeLine("held the loop until event #" + index + ": " + end.describe())));
  }

  private static void tick(StringBuilder svg, double x, int y, String colour) {
    svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>%n",
        x, y, x, y + 18, colour));
  }
}
