package dev.yieldlab.junit;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.DurationText;
import dev.yieldlab.api.timing.RatioEstimate;
import java.time.Duration;
import java.util.Optional;

/** A {@code @Check}'s own timing budget, read and validated at discovery. */
final class TimingBudgets {

  private TimingBudgets() {}

  /**
   * The check's own budget of time, if it sets one; refuses, naming the check ({@code where}) and the
   * fix, a budget of pairs that could decide nothing (0 or 1) and a time that is not a duration.
   */
  static Optional<Duration> of(Check check, String where) {
    if (check.budgetPairs() >= 0 && check.budgetPairs() < RatioEstimate.MIN_PAIRS) {
      throw new IllegalArgumentException(TimingSettings.budgetMessage(where + " sets budgetPairs = "
          + check.budgetPairs() + ", which", "@Check(budgetPairs = 20)"));
    }
    return check.budgetTime().isBlank() ? Optional.empty()
        : Optional.of(DurationText.parse(check.budgetTime(), where + " @Check(budgetTime)"));
  }
}
