package dev.yieldlab.workers;

import dev.yieldlab.api.workers.PythonLine;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the lines a Python script printed in the post's form into {@link PythonLine}s; other lines are not the post's. */
final class PythonLines {

  private PythonLines() {}

  private static final Pattern FORM = Pattern.compile("(?<message>.*?) at (?<clock>\\d{2}:\\d{2}:\\d{2})(?<rest>.*?) \\[(?<mono>\\d+\\.\\d+)\\]");

  /** The line, if it has the post's form: text, {@code at} a {@code %X} time, and the monotonic stamp. */
  static Optional<PythonLine> parse(String line) {
    Matcher form = FORM.matcher(line);
    if (!form.matches()) {
      return Optional.empty();
    }
    String message = form.group("message");
    String printed = message + " at " + form.group("clock") + form.group("rest");
    long nanos = Math.round(Double.parseDouble(form.group("mono")) * 1e9);
    return Optional.of(new PythonLine(printed, message, laneOf(message), nanos));
  }

  /** {@code yield_task1: step 0} and {@code io_task started} are yield_task1's and io_task's; {@code start} is main's. */
  private static String laneOf(String message) {
    int colon = message.indexOf(':');
    int space = message.indexOf(' ');
    int end = colon >= 0 && (space < 0 || colon < space) ? colon : space;
    String first = end < 0 ? message : message.substring(0, end);
    return first.contains("_") || first.matches(".*\\d") ? first : "main";
  }
}
