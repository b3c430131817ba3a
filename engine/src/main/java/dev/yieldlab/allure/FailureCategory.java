package dev.yieldlab.allure;

import dev.yieldlab.api.explore.ScheduleRefutation;
import dev.yieldlab.api.timeline.OrderingClaimFailure;
import dev.yieldlab.api.timing.InconclusiveClaimFailure;
import dev.yieldlab.api.timing.InconclusiveTimingException;
import dev.yieldlab.api.timing.RatioClaimFailure;
import dev.yieldlab.junit.InvalidExperimentException;
import dev.yieldlab.junit.RunTimeoutException;
import dev.yieldlab.loop.LoopTimeoutException;
import dev.yieldlab.workers.WorkerTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One group of Allure's Categories view, and the whole list yieldlab writes to {@code categories.json}.
 *
 * <p>A failure's category is decided by its <em>type</em>, never by its wording: each category lists
 * exception classes, and Allure matches a result's stack trace, which starts with the class name of
 * what was thrown. Rewording a message cannot move a failure to another category, and renaming a
 * class is a compile error here. Allure puts a result into <em>every</em> category it matches, so
 * the catch-alls exclude what the specific categories take: one category per failure.
 *
 * @param name what the view shows
 * @param description what the category means
 * @param statuses Allure statuses it takes: {@code failed} (assertion) or {@code broken} (other exception)
 * @param traceRegex must match the whole stack trace
 */
record FailureCategory(String name, String description, Set<String> statuses, String traceRegex) {

  static final List<Class<? extends Throwable>> DISCOVERY = List.of(InvalidExperimentException.class);
  static final List<Class<? extends Throwable>> HUNG =
      List.of(LoopTimeoutException.class, RunTimeoutException.class, WorkerTimeoutException.class);
  static final List<Class<? extends Throwable>> RATIO = List.of(RatioClaimFailure.class);
  static final List<Class<? extends Throwable>> ORDERING = List.of(OrderingClaimFailure.class);
  static final List<Class<? extends Throwable>> SCHEDULE = List.of(ScheduleRefutation.class);
  static final List<Class<? extends Throwable>> INCONCLUSIVE =
      List.of(InconclusiveTimingException.class, InconclusiveClaimFailure.class);

  static final List<FailureCategory> ALL = List.of(
      new FailureCategory("Discovery issues (malformed experiments)",
          "An @Experiment, @Run or @Check that yieldlab cannot use; the message says how to fix it.",
          Set.of("failed", "broken"), thrown(DISCOVERY)),
      new FailureCategory("Hung runs (timeout)",
          "A run passed its timeout; the loop or the watchdog stopped it.",
          Set.of("failed", "broken"), thrown(HUNG)),
      new FailureCategory("Ratio-claim failures",
          "A timing claim refuted: the whole interval of an elapsed ratio lay outside its band.",
          Set.of("failed"), thrown(RATIO)),
      new FailureCategory("Inconclusive timing claims",
          "A timing claim whose evidence decided nothing within its budget: the interval straddled the band, too"
              + " few pairs counted, the pairs were too noisy, or other processes kept the CPUs it needs busy. Its own"
              + " status (unknown), or failed under -Dyieldlab.inconclusive=fail; the page says which noise did it.",
          Set.of("unknown", "failed"), thrown(INCONCLUSIVE)),
      new FailureCategory("Ordering-claim failures",
          "An ordering claim: log order, interleaving, sequencing, threads or switches differed from the claim.",
          Set.of("failed"), thrown(ORDERING)),
      new FailureCategory("Refuted by an explored schedule",
          "A check of an @Explore'd run failed on one of its schedules: the message names the schedule, the"
              + " command line that replays it and where it left FIFO.",
          Set.of("failed"), thrown(SCHEDULE)),
      new FailureCategory("Other claim failures",
          "A check's assertion failed that is neither about ordering nor about a ratio.",
          Set.of("failed"), notThrown(DISCOVERY, HUNG, RATIO, ORDERING, SCHEDULE, INCONCLUSIVE)),
      new FailureCategory("Errors (broken runs and checks)",
          "A run or check threw something other than an assertion error: a defect of the experiment or of"
              + " yieldlab, not evidence about a claim.",
          Set.of("broken"), notThrown(DISCOVERY, HUNG)));

  /** Whether Allure would put a result with this status and stack trace into this category. */
  boolean matches(String status, String trace) {
    return statuses.contains(status) && Pattern.matches(traceRegex, trace == null ? "" : trace);
  }

  /** Every category as Allure's {@code categories.json}. */
  static String json(List<FailureCategory> categories) {
    return categories.stream().map(FailureCategory::toJson).collect(Collectors.joining(",\n", "[\n", "\n]\n"));
  }

  private String toJson() {
    return "  {\"name\": " + quote(name) + ", \"description\": " + quote(description) + ", \"matchedStatuses\": ["
        + statuses.stream().sorted().map(FailureCategory::quote).collect(Collectors.joining(", ")) + "]"
        + ", \"traceRegex\": " + quote(traceRegex) + "}";
  }

  /** A trace that starts with one of these classes: {@code a.B: message} or {@code a.B} and a line break. */
  private static String thrown(List<Class<? extends Throwable>> types) {
    return "(?s)" + alternatives(types) + "(?![\\w$.]).*";
  }

  @SafeVarargs
  private static String notThrown(List<Class<? extends Throwable>>... groups) {
    List<Class<? extends Throwable>> types = Stream.of(groups).flatMap(List::stream).toList();
    return "(?s)(?!" + alternatives(types) + "(?![\\w$.])).*";
  }

  private static String alternatives(List<Class<? extends Throwable>> types) {
    return types.stream().map(type -> Pattern.quote(type.getName())).collect(Collectors.joining("|", "(?:", ")"));
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
