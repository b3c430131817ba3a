package dev.yieldlab.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One line the post's Python printed, as {@code yield_task1: step 0 at 12:00:01 [4381.649077]}: the
 * post's own text with its {@code %X} time, and the child's {@code time.monotonic()} after it.
 *
 * @param printed the line as the post's code prints it, without the monotonic time
 * @param message the line without its {@code at HH:MM:SS} part: {@code yield_task1: step 0}
 * @param lane who printed it: the coroutine or process named at the line's start ({@code yield_task1}),
 *     {@code main} for the lines of the script's main code
 * @param monotonicNanos the child's {@code time.monotonic()}, in nanoseconds; on Linux the same clock
 *     as {@link System#nanoTime()}
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PythonLine(String printed, String message, String lane, long monotonicNanos) {

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
