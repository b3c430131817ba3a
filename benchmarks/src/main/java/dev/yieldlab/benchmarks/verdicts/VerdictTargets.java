package dev.yieldlab.benchmarks.verdicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The targets for timing verdicts, each judged on the benchmark's repetitions and shown met
 * or missed, with the figures and how many repetitions they rest on (a target judged on fewer than
 * the 20 it asks for says so).
 */
final class VerdictTargets {

  /** Claims about one CPU's work: decided under a persistent load on another CPU. */
  static final Set<String> SINGLE_CORE = Set.of("C2a", "C3", "C4", "V1", "V2");
  /** Claims whose precondition is N free CPUs. */
  static final Set<String> MULTI_CORE = Set.of("C5", "C6", "VT-C5");
  static final int ASKED_REPETITIONS = 20;

  private VerdictTargets() {}

  /** The verdict each timing claim should reach: refuted for the synthetic false one, confirmed for the rest. */
  static String expected(Rows.Check check) {
    return check.location().endsWith("SyntheticClaims#twoPointSixIsTwo") ? "REFUTED" : "CONFIRMED";
  }

  static boolean wrong(Rows.Check check) {
    return !check.outcome().equals("INCONCLUSIVE") && !check.outcome().equals(expected(check));
  }

  static boolean hasClaim(Rows.Check check, Set<String> claims) {
    return List.of(check.claims().split(",")).stream().anyMatch(claims::contains);
  }

  static String render(Map<String, List<VerdictsReport.Repetition>> byCondition) {
    List<String> rows = new ArrayList<>();
    for (String condition : VerdictsReport.CONDITIONS) {
      List<Rows.Check> checks = checks(byCondition.get(condition));
      long wrong = checks.stream().filter(VerdictTargets::wrong).count();
      rows.add(row("0 wrong verdicts (a true claim refuted, the false 2.6 × claim confirmed)", condition,
          byCondition.get(condition).size(), wrong + " wrong of " + checks.size() + " verdicts"
              + (wrong == 0 ? "" : ": " + checks.stream().filter(VerdictTargets::wrong).map(VerdictsReport::key)
                  .distinct().collect(Collectors.joining(", "))), wrong == 0 && !checks.isEmpty()));
    }
    List<Rows.Check> idle = checks(byCondition.get("idle"));
    long idleInconclusive = idle.stream().filter(c -> c.outcome().equals("INCONCLUSIVE")).count();
    rows.add(row("idle: ≤ 5 % inconclusive", "idle", byCondition.get("idle").size(), percent(idleInconclusive, idle.size())
        + " inconclusive (" + idleInconclusive + " of " + idle.size() + ")", !idle.isEmpty() && idleInconclusive <= 0.05 * idle.size()));
    rows.add(decided("bursty: ≥ 90 % of every claim's verdicts decided, C5 and C6 included", "bursty",
        byCondition.get("bursty"), null));
    rows.add(decided("persistent: single-core claims (C2a, C3, C4, the synthetic ones) decided in ≥ 90 %", "persistent",
        byCondition.get("persistent"), SINGLE_CORE));
    List<Rows.Check> multi = checks(byCondition.get("persistent")).stream()
        .filter(c -> hasClaim(c, MULTI_CORE) && c.outcome().equals("INCONCLUSIVE")).toList();
    long named = multi.stream().filter(c -> c.reason().equals("FOREIGN_LOAD")).count();
    rows.add(row("persistent: a multi-core claim whose precondition (N free CPUs) does not hold is inconclusive naming"
        + " that precondition", "persistent", byCondition.get("persistent").size(), named + " of " + multi.size()
        + " inconclusive multi-core verdicts name it (foreign load: its precondition)", named == multi.size()));
    double idleTime = VerdictsReport.median(times(byCondition.get("idle")));
    double burstyTime = VerdictsReport.median(times(byCondition.get("bursty")));
    rows.add(row("the suite under bursty load takes ≤ 2 × its idle time", "bursty / idle",
        Math.min(byCondition.get("idle").size(), byCondition.get("bursty").size()), String.format(Locale.ROOT,
            "%.2f × (median %s s against %s s)", burstyTime / idleTime, VerdictsReport.fmt(burstyTime),
            VerdictsReport.fmt(idleTime)), burstyTime <= 2 * idleTime));
    long aborted = 0;
    long withReason = 0;
    for (List<VerdictsReport.Repetition> reps : byCondition.values()) {
      for (VerdictsReport.Repetition rep : reps) {
        for (Rows.Time time : rep.times()) {
          if (time.kind().equals("test") && time.status().equals("ABORTED")) {
            aborted++;
            withReason += time.reason().isBlank() || time.reason().equals("null") ? 0 : 1;
          }
        }
      }
    }
    rows.add(row("every skipped or inconclusive test carries its reason", "all", byCondition.values().stream()
        .mapToInt(List::size).sum(), withReason + " of " + aborted + " aborted tests have a reason (the message Surefire's"
        + " XML and the report show)", withReason == aborted));
    return "## Targets\n\n| target | condition | repetitions | measured | |\n|---|---|---|---|---|\n"
        + String.join("\n", rows) + "\n";
  }

  /** Whether every timing claim (of {@code only} claims, or all) was decided in ≥ 90 % of its verdicts. */
  private static String decided(String target, String condition, List<VerdictsReport.Repetition> reps, Set<String> only) {
    List<Rows.Check> checks = checks(reps).stream().filter(c -> only == null || hasClaim(c, only)).toList();
    Map<String, List<Rows.Check>> byKey = checks.stream().collect(Collectors.groupingBy(VerdictsReport::key));
    String worst = "";
    double worstShare = 1;
    for (Map.Entry<String, List<Rows.Check>> entry : byKey.entrySet()) {
      double share = (double) entry.getValue().stream().filter(c -> !c.outcome().equals("INCONCLUSIVE")).count()
          / entry.getValue().size();
      if (share < worstShare || worst.isEmpty()) {
        worstShare = share;
        worst = entry.getKey();
      }
    }
    return row(target, condition, reps.size(), checks.isEmpty() ? "no verdicts" : String.format(Locale.ROOT,
        "the least decided: %s, %.0f %%", worst, worstShare * 100), !checks.isEmpty() && worstShare >= 0.9);
  }

  private static List<Rows.Check> checks(List<VerdictsReport.Repetition> reps) {
    return reps.stream().flatMap(r -> r.checks().stream()).toList();
  }

  private static List<Double> times(List<VerdictsReport.Repetition> reps) {
    return reps.stream().map(VerdictsReport.Repetition::suiteSeconds).sorted().toList();
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
  }

  private static String row(String target, String condition, int repetitions, String measured, boolean met) {
    String on = repetitions < ASKED_REPETITIONS ? repetitions + " (of " + ASKED_REPETITIONS + " asked)" : Integer.toString(repetitions);
    return "| " + target + " | " + condition + " | " + on + " | " + measured + " | " + (met ? "met" : "**missed**") + " |";
  }
}
