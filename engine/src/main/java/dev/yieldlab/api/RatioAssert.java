package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link ElapsedRatio}; messages give both runs' times, not just the quotient, and
 * every failure is a {@link RatioClaimFailure}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RatioAssert extends AbstractAssert<RatioAssert, ElapsedRatio> {

  RatioAssert(ElapsedRatio actual) {
    super(actual, RatioAssert.class);
  }

  // Messages are formatted here and passed through "%s": failWithMessage would read a '%' in a run's
  // name as a format specifier and throw a format error instead of the assertion error.

  private void failRatio(String message) {
    try {
      failWithMessage("%s", message);
    } catch (AssertionError failure) {
      throw RatioClaimFailure.of(failure);
    }
  }

  /** Asserts {@code |ratio - expected| <= tolerance}. */
  public RatioAssert isCloseTo(double expected, double tolerance) {
    isNotNull();
    if (Math.abs(actual.value() - expected) > tolerance) {
      failRatio(String.format(Locale.ROOT,
          "Expected elapsed ratio %s to be %.3f ± %.3f, but it is %.3f", actual, expected, tolerance, actual.value()));
    }
    return this;
  }

  /** Asserts {@code ratio > minimum}. */
  public RatioAssert isGreaterThan(double minimum) {
    isNotNull();
    if (!(actual.value() > minimum)) {
      failRatio(String.format(Locale.ROOT,
          "Expected elapsed ratio %s to be greater than %.3f", actual, minimum));
    }
    return this;
  }

  /** Asserts {@code ratio < maximum}. */
  public RatioAssert isLessThan(double maximum) {
    isNotNull();
    if (!(actual.value() < maximum)) {
      failRatio(String.format(Locale.ROOT,
          "Expected elapsed ratio %s to be less than %.3f", actual, maximum));
    }
    return this;
  }
}
