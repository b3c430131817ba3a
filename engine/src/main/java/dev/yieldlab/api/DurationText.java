package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The one way durations are written wherever yieldlab reads them as text: {@code @Run(timeout)},
 * {@code @Variant(interval)}, variant parameters such as {@code switch-interval=5ms}, and
 * configuration parameters such as {@code yieldlab.timeout.default}. A positive whole number with
 * {@code us}, {@code ms}, {@code s} or {@code m}; every error names the setting it parsed.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class DurationText {

  /** The longest duration accepted; far below what long nanoseconds (the loop's clock) can hold. */
  public static final Duration MAX = Duration.ofDays(36_500);

  private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(us|ms|s|m)");

  private DurationText() {}

  /** Parses {@code text}; {@code setting} names where it came from, for the error message. */
  public static Duration parse(String text, String setting) {
    Matcher matcher = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          setting + " = \"" + text + "\" is not a duration: write a whole number with us, ms, s or m, e.g. \"10s\"");
    }
    Duration duration;
    try {
      long amount = Long.parseLong(matcher.group(1));
      duration = switch (matcher.group(2)) {
        case "us" -> Duration.ofNanos(Math.multiplyExact(amount, 1_000L));
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        default -> Duration.ofMinutes(amount);
      };
    } catch (NumberFormatException | ArithmeticException tooManyDigits) {
      duration = MAX.plusDays(1);
    }
    if (duration.compareTo(MAX) > 0) {
      // The loop and the watchdog count in long nanoseconds (~292 years): beyond that they overflow.
      throw new IllegalArgumentException(setting + " = \"" + text + "\" is too long: use at most 100 years");
    }
    if (duration.isZero()) {
      throw new IllegalArgumentException(setting + " = \"" + text + "\": a duration here must be longer than zero");
    }
    return duration;
  }
}
