package dev.yieldlab.junit;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as people write them in annotations and properties: {@code 500ms}, {@code 10s}, {@code 2m}. */
final class DurationText {

  /** The longest timeout accepted; far below what long nanoseconds (the loop's clock) can hold. */
  static final Duration MAX = Duration.ofDays(36_500);

  private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|m)");

  private DurationText() {}

  /** Parses {@code text}; {@code where} names its origin for the error message. */
  static Duration parse(String text, String where) {
    Matcher matcher = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          where + " = \"" + text + "\" is not a duration: write a whole number with ms, s or m, e.g. \"10s\"");
    }
    Duration duration;
    try {
      long amount = Long.parseLong(matcher.group(1));
      duration = switch (matcher.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        default -> Duration.ofMinutes(amount);
      };
    } catch (NumberFormatException | ArithmeticException tooManyDigits) {
      duration = MAX.plusDays(1);
    }
    if (duration.compareTo(MAX) > 0) {
      // The loop and the watchdog count in long nanoseconds (~292 years): beyond that they overflow.
      throw new IllegalArgumentException(where + " = \"" + text + "\" is too long for a timeout: use at most 100 years");
    }
    if (duration.isZero()) {
      throw new IllegalArgumentException(where + " = \"" + text + "\": a timeout must be longer than zero");
    }
    return duration;
  }
}
