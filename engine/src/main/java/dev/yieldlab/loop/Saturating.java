package dev.yieldlab.loop;

import java.time.Duration;

/**
 * Arithmetic on the loop clock's long nanoseconds that stops at the largest value instead of
 * wrapping: a sleep of {@code Duration.ofDays(365 * 300)} must wait forever, not wake in the past.
 */
final class Saturating {

  private Saturating() {}

  /** The duration in nanoseconds, or the largest long of its sign where it has too many to count. */
  static long nanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException tooLong) {
      return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  static long add(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
