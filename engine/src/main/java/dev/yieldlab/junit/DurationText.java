package dev.yieldlab.junit;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as people write them in annotations and properties: {@code 500ms}, {@code 10s}, {@code 2m}. */
final class DurationText {

  private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|m)");

  private DurationText() {}

  /** Parses {@code text}; {@code where} names its origin for the error message. */
  static Duration parse(String text, String where) {
    Matcher matcher = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          where + " = \"" + text + "\" is not a duration: write a whole number with ms, s or m, e.g. \"10s\"");
    }
    long amount = Long.parseLong(matcher.group(1));
    Duration duration = switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      default -> Duration.ofMinutes(amount);
    };
    if (duration.isZero()) {
      throw new IllegalArgumentException(where + " = \"" + text + "\": a timeout must be longer than zero");
    }
    return duration;
  }
}
