package dev.yieldlab.allure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One group of Allure's Categories view, and the whole list yieldlab writes to {@code categories.json}.
 * Allure puts a result into <em>every</em> category it matches (status listed, and message and trace
 * matching their patterns in full), so the list is built for exactly one match per failure: the
 * catch-alls exclude what the specific categories take. The patterns live here, not in a JSON file,
 * so tests can hold them to that.
 *
 * @param name what the view shows
 * @param description what the category means
 * @param statuses Allure statuses it takes: {@code failed} (assertion) or {@code broken} (other exception)
 * @param messageRegex must match the whole failure message; null for any
 * @param traceRegex must match the whole stack trace; null for any
 */
record FailureCategory(String name, String description, Set<String> statuses, String messageRegex, String traceRegex) {

  private static final String DISCOVERY = "InvalidExperimentException";
  private static final String TIMEOUT = "did not finish within its timeout|exceeded its timeout";
  private static final String RATIO = "[Ee]lapsed ratio";
  /** TimelineAssert's messages, and AssertJ's for {@code logs().containsExactly(...)}. */
  private static final String ORDERING = "Expected every event on one thread|switches between coroutines|to interleave"
      + "|to run one after the other|Expected log line|to contain exactly|same order";

  static final List<FailureCategory> ALL = List.of(
      new FailureCategory("Discovery issues (malformed experiments)",
          "An @Experiment, @Run or @Check that yieldlab cannot use; the message says how to fix it.",
          Set.of("failed", "broken"), null, "(?s).*" + DISCOVERY + ".*"),
      new FailureCategory("Hung runs (timeout)",
          "A run passed its timeout; the loop or the watchdog stopped it.",
          Set.of("failed", "broken"), "(?s).*(" + TIMEOUT + ").*", notContaining(DISCOVERY)),
      new FailureCategory("Ratio-claim failures",
          "A timing claim: the elapsed ratio between two runs was outside its tolerance.",
          Set.of("failed"), "(?s)(?!.*(" + TIMEOUT + ")).*(" + RATIO + ").*", notContaining(DISCOVERY)),
      new FailureCategory("Ordering-claim failures",
          "An ordering claim: log order, interleaving, sequencing, threads or switches differed from the claim.",
          Set.of("failed"), "(?s)(?!.*(" + TIMEOUT + "|" + RATIO + ")).*(" + ORDERING + ").*", notContaining(DISCOVERY)),
      new FailureCategory("Other claim failures",
          "A check's assertion failed that is neither about ordering nor about a ratio.",
          Set.of("failed"), notContaining(TIMEOUT + "|" + RATIO + "|" + ORDERING), notContaining(DISCOVERY)),
      new FailureCategory("Errors (broken runs and checks)",
          "A run or check threw something other than an assertion error: a defect of the experiment or of"
              + " yieldlab, not evidence about a claim.",
          Set.of("broken"), notContaining(TIMEOUT), notContaining(DISCOVERY)));

  /** Whether Allure would put a result with this status, message and trace into this category. */
  boolean matches(String status, String message, String trace) {
    return statuses.contains(status)
        && (messageRegex == null || Pattern.matches(messageRegex, message == null ? "" : message))
        && (traceRegex == null || Pattern.matches(traceRegex, trace == null ? "" : trace));
  }

  /** Every category as Allure's {@code categories.json}. */
  static String json(List<FailureCategory> categories) {
    return categories.stream().map(FailureCategory::toJson).collect(Collectors.joining(",\n", "[\n", "\n]\n"));
  }

  private String toJson() {
    StringBuilder json = new StringBuilder("  {\"name\": ").append(quote(name))
        .append(", \"description\": ").append(quote(description))
        .append(", \"matchedStatuses\": [")
        .append(statuses.stream().sorted().map(FailureCategory::quote).collect(Collectors.joining(", "))).append(']');
    if (messageRegex != null) {
      json.append(", \"messageRegex\": ").append(quote(messageRegex));
    }
    if (traceRegex != null) {
      json.append(", \"traceRegex\": ").append(quote(traceRegex));
    }
    return json.append('}').toString();
  }

  private static String notContaining(String alternatives) {
    return "(?s)(?!.*(" + alternatives + ")).*";
  }

  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        default -> quoted.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return quoted.append('"').toString();
  }
}
