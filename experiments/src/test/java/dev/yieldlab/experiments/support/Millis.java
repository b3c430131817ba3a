package dev.yieldlab.experiments.support;

import java.time.Duration;
import java.util.Locale;

/** A duration as the report's entries print it: milliseconds with one decimal, {@code 12.3 ms}. */
public final class Millis {

  private Millis() {}

  /** {@code duration} as {@code 12.3 ms}. */
  public static String of(Duration duration) {
    return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
  }
}
