package dev.yieldlab.allure;

import java.util.List;

/**
 * Lines joined into one text of at most a given size: the first lines (four fifths of the room),
 * a line saying how many lines and characters were left out, then the last lines. Nothing that is
 * cut reads as complete.
 */
final class CappedText {

  private CappedText() {}

  /**
   * {@code lines} joined with newlines if they fit in {@code maxChars} (and {@code maxLines}); else
   * head, a line naming what was left out of {@code what} (e.g. "the post-style log"), and tail.
   */
  static String of(List<String> lines, int maxChars, int maxLines, String what) {
    long total = 0;
    for (String line : lines) {
      total += line.length() + 1;
    }
    if (total <= maxChars && lines.size() <= maxLines) {
      return String.join("\n", lines);
    }
    int headChars = maxChars * 4 / 5;
    int headLines = (int) (maxLines * 4L / 5);
    StringBuilder head = new StringBuilder();
    int first = 0;
    while (first < lines.size() && first < headLines && head.length() + lines.get(first).length() + 1 <= headChars) {
      head.append(lines.get(first++)).append('\n');
    }
    int last = lines.size();
    long tailChars = 0;
    while (last > first && lines.size() - last < maxLines - headLines
        && tailChars + lines.get(last - 1).length() + 1 <= maxChars - headChars) {
      tailChars += lines.get(--last).length() + 1;
    }
    long leftChars = 0;
    for (String line : lines.subList(first, last)) {
      leftChars += line.length() + 1;
    }
    head.append(String.format(java.util.Locale.ROOT, "... %,d of %,d lines (%,d characters) left out of %s:"
        + " it keeps at most %,d characters ...", last - first, lines.size(), leftChars, what, maxChars));
    lines.subList(last, lines.size()).forEach(line -> head.append('\n').append(line));
    return head.toString();
  }

  /** {@code line} cut to {@code maxChars}, saying so: for tooltips and table cells. */
  static String clip(String line, int maxChars) {
    return line.length() <= maxChars ? line
        : line.substring(0, maxChars) + "\u2026 (" + (line.length() - maxChars) + " more chars)";
  }
}
