package dev.yieldlab.allure;

import dev.yieldlab.api.timeline.TaskActivity;
import java.util.List;
import java.util.Locale;

/** The second legend line of a chart with virtual-thread rows: each carrier's colour, and the pinned colour. */
final class CarrierLegend {

  private static final int LINE_HEIGHT = 22;

  private CarrierLegend() {}

  /** Every carrier the rows ran on, in order of first use: what the colours index. */
  static List<String> carriers(List<TaskActivity> rows) {
    return rows.stream().flatMap(row -> row.carriers().stream()).distinct().toList();
  }

  static int height(List<String> carriers) {
    return carriers.isEmpty() ? 0 : LINE_HEIGHT;
  }

  static void append(StringBuilder svg, List<String> carriers, int left, int y) {
    if (carriers.isEmpty()) {
      return;
    }
    int x = left;
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">virtual threads running on:</text>%n", x, y));
    x += 200;
    for (int i = 0; i < carriers.size(); i++) {
      x = swatch(svg, x, y, SpanColours.carrier(i), carriers.get(i));
    }
    swatch(svg, x, y, SpanColours.PINNED, "blocked, pinned to its carrier");
  }

  private static int swatch(StringBuilder svg, int x, int y, String colour, String label) {
    svg.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"18\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
        x, y - 10, colour, x + 24, y, Markup.escape(label)));
    return x + 40 + label.length() * 8;
  }
}
