package dev.yieldlab.explore;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.explore.Exploration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's distinct results over its schedules and how often each came up, as jcstress tables them:
 * its value's text, or its failure's class and first line. Bounded: past {@link #MAX_DISTINCT}
 * outcomes the rest are counted together, so a run that returns a fresh value each time cannot make
 * the report grow without end.
 */
final class OutcomeTally {

  static final int MAX_DISTINCT = 32;
  static final int MAX_TEXT = 200;
  static final String OTHERS = "(other outcomes)";

  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final Map<String, String> firstSchedule = new LinkedHashMap<>();
  private final Map<String, Boolean> failed = new LinkedHashMap<>();

  /** Counts {@code result}; {@code scheduleId} is asked for only when its outcome comes up for the first time. */
  void add(RunResult result, java.util.function.Supplier<String> scheduleId) {
    String outcome = describe(result);
    if (!counts.containsKey(outcome) && counts.size() >= MAX_DISTINCT) {
      outcome = OTHERS;
    }
    counts.computeIfAbsent(outcome, key -> new int[1])[0]++;
    if (!firstSchedule.containsKey(outcome)) {
      firstSchedule.put(outcome, scheduleId.get());
    }
    failed.merge(outcome, result.failure().isPresent(), Boolean::logicalOr);
  }

  List<Exploration.Outcome> outcomes() {
    List<Exploration.Outcome> outcomes = new ArrayList<>();
    counts.forEach((outcome, count) -> outcomes.add(
        new Exploration.Outcome(outcome, failed.get(outcome), count[0], firstSchedule.get(outcome))));
    outcomes.sort(Comparator.comparingInt(Exploration.Outcome::count).reversed());
    return outcomes;
  }

  static String describe(RunResult result) {
    String text = result.failure()
        .map(failure -> "failed: " + failure.getClass().getSimpleName() + ": " + firstLine(failure.getMessage()))
        .orElseGet(() -> result.value() == null ? "(no value)" : String.valueOf(result.value()));
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
