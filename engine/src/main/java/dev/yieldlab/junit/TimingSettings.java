package dev.yieldlab.junit;

import dev.yieldlab.api.Configuration;
import dev.yieldlab.api.DurationText;
import dev.yieldlab.api.timing.RatioEstimate;
import java.time.Duration;
import java.util.Locale;

/**
 * The configuration parameters of timing verdicts, with their defaults in one place ({@code
 * junit-platform.properties} or {@code -D}). Read when a timing check needs them, so that a malformed
 * value fails those checks, naming the parameter and the fix, and nothing else.
 *
 * @param budgetPairs {@code yieldlab.timing.budget.pairs}: the most pairs a check's timing claim may
 *     rest on, counted or not, unless its {@code @Check(budgetPairs)} says otherwise; default 20
 * @param budgetTime {@code yieldlab.timing.budget.time}: how long a check may spend measuring more
 *     pairs, unless its {@code @Check(budgetTime)} says otherwise; default 60s
 * @param quietWait {@code yieldlab.timing.quiet.wait}: how long to wait for other processes to leave
 *     the CPUs a claim needs, after a pair they disturbed; default 10s
 * @param inconclusiveFails {@code yieldlab.inconclusive}: {@code abort} (the default) ends an
 *     inconclusive timing check aborted with its reason, {@code fail} makes it a failure
 */
record TimingSettings(int budgetPairs, Duration budgetTime, Duration quietWait, boolean inconclusiveFails) {

  static final String BUDGET_PAIRS = "yieldlab.timing.budget.pairs";
  static final String BUDGET_TIME = "yieldlab.timing.budget.time";
  static final String QUIET_WAIT = "yieldlab.timing.quiet.wait";
  static final String FIRST_PAIRS = "yieldlab.timing.pairs";
  /**
   * Two: the fewest pairs with an interval. Its t quantile (12.7) is so wide that only a steady ratio
   * is decided on two pairs; the others get more at the next looks.
   */
  static final int FIRST_PAIRS_DEFAULT = RatioEstimate.MIN_PAIRS;
  static final String INCONCLUSIVE = "yieldlab.inconclusive";

  static final int BUDGET_PAIRS_DEFAULT = 20;
  static final Duration BUDGET_TIME_DEFAULT = Duration.ofSeconds(60);
  static final Duration QUIET_WAIT_DEFAULT = Duration.ofSeconds(10);

  static TimingSettings from(Configuration parameters) {
    int pairs = parameters.get(BUDGET_PAIRS).map(String::trim).map(TimingSettings::pairs).orElse(BUDGET_PAIRS_DEFAULT);
    Duration time = parameters.get(BUDGET_TIME).map(value -> DurationText.parse(value, BUDGET_TIME))
        .orElse(BUDGET_TIME_DEFAULT);
    Duration quiet = quietWait(parameters);
    boolean fails = parameters.get(INCONCLUSIVE).map(String::trim).map(TimingSettings::fails).orElse(false);
    return new TimingSettings(pairs, time, quiet, fails);
  }

  /**
   * {@code yieldlab.timing.pairs} alone: the pairs a timing claim is first judged on (a paired run's
   * own test measures them, after its warm-up pair; two runs compared get them when a check first
   * asks); default 2, at least 2.
   */
  static int firstPairs(Configuration parameters) {
    return Math.toIntExact(parameters.getLong(FIRST_PAIRS, FIRST_PAIRS_DEFAULT, RatioEstimate.MIN_PAIRS));
  }

  /** {@code yieldlab.timing.quiet.wait} alone: what a paired run's own test needs, whatever the other keys say. */
  static Duration quietWait(Configuration parameters) {
    return parameters.get(QUIET_WAIT).map(value -> DurationText.parse(value, QUIET_WAIT)).orElse(QUIET_WAIT_DEFAULT);
  }

  private static int pairs(String value) {
    try {
      int pairs = Integer.parseInt(value);
      if (pairs >= RatioEstimate.MIN_PAIRS) {
        return pairs;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw new IllegalArgumentException(budgetMessage(BUDGET_PAIRS + "=" + value, "-D" + BUDGET_PAIRS + "=20"));
  }

  /** The message for a budget of pairs that can decide nothing, for {@code where} it was given. */
  static String budgetMessage(String where, String example) {
    return String.format(Locale.ROOT, "%s is not a budget of pairs a timing claim can use: an interval needs at least %d"
        + " pairs, so a smaller budget (0, or none at all) could never decide the claim; give a whole number of at"
        + " least %d, e.g. %s, or leave it out for %d", where, RatioEstimate.MIN_PAIRS,
        RatioEstimate.MIN_PAIRS, example, BUDGET_PAIRS_DEFAULT);
  }

  private static boolean fails(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "abort" -> false;
      case "fail" -> true;
      default -> throw new IllegalArgumentException("configuration parameter " + INCONCLUSIVE + "=" + value
          + " is not what to do with an inconclusive timing claim: use abort (the default: the check is aborted"
          + " with its reason) or fail (it fails)");
    };
  }

  /** The budget of one check: its own {@code @Check(budgetPairs, budgetTime)} where set, these otherwise. */
  Budget budgetOf(CheckMethod check) {
    return new Budget(check.budgetPairs() >= 0 ? check.budgetPairs() : budgetPairs,
        check.budgetTime().orElse(budgetTime));
  }

  /** A check's budget for measuring pairs. */
  record Budget(int pairs, Duration time) {

    String describe() {
      return pairs + " pairs, " + time.toSeconds() + " s";
    }
  }

  /** The time in the duration grammar: {@code 10s}, {@code 250ms}. */
  static String text(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
  }
}
