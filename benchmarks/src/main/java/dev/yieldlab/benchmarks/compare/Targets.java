package dev.yieldlab.benchmarks.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The targets, unchanged, each judged from this run's figures. Where the wording
 * leaves a choice, the line says which reading was taken.
 */
final class Targets {

  /** One target: what the issue asks, what was measured, and whether it holds. */
  record Verdict(String target, String measured, String verdict) {}

  private Targets() {}

  static List<Verdict> judge(Measures m, Measures py) {
    List<Verdict> verdicts = new ArrayList<>();
    Optional<Value> loop = Figures.SWITCH_REAL.yieldlab(m);
    Optional<Value> floor = Figures.SWITCH_FLOOR.yieldlab(m);
    Optional<Value> sleep0 = Figures.SWITCH_REAL.asyncio(py);
    verdicts.add(atMost("loop switch (REAL clock) ≤ 1.3 × bare Continuation round trip", ratio(loop, floor), 1.3, "×"));
    verdicts.add(atMost("loop switch (VIRTUAL clock) ≤ 1.3 × bare Continuation round trip",
        ratio(Figures.SWITCH_VIRTUAL.yieldlab(m), floor), 1.3, "×"));
    verdicts.add(atLeast("loop switch ≥ 15 × faster than asyncio sleep(0)", ratio(sleep0, loop), 15, "× faster"));
    verdicts.add(atMost("injected yield points ≤ 3 % over plain at N = 2,000,000",
        percentOver(Figures.LOOP_INJECTED.yieldlab(m), Figures.LOOP_PLAIN.yieldlab(m)), 3, "%"));
    verdicts.add(atMost("100,000 sleeping coroutines ≤ 1 s (read as: time beyond their 1 s sleep)",
        Figures.SLEEPING_OWN.yieldlab(m).map(v -> v.value() / 1000), 1, "s"));
    verdicts.add(atMost("100,000 sleeping coroutines ≤ 512 MB heap", Figures.SLEEPING_HEAP.yieldlab(m).map(Value::value), 512, "MB"));
    verdicts.add(atLeast("100,000 sleeping coroutines ≥ 5 × faster than asyncio (time beyond the sleep)",
        ratio(Figures.SLEEPING_OWN.asyncio(py), Figures.SLEEPING_OWN.yieldlab(m)), 5, "× faster"));
    verdicts.add(atMost("median timer lag ≤ 1 ms", Figures.LAG_MEDIAN.yieldlab(m).map(Value::value), 1, "ms"));
    verdicts.add(atMost("engine overhead ≤ 1.5 × Jupiter for 1,000 trivial cases",
        ratio(Figures.ENGINE_YIELDLAB.yieldlab(m), Figures.ENGINE_JUPITER.yieldlab(m)), 1.5, "×"));
    return verdicts;
  }

  private static Optional<Double> ratio(Optional<Value> numerator, Optional<Value> denominator) {
    return numerator.flatMap(n -> denominator.map(d -> n.value() / d.value()));
  }

  private static Optional<Double> percentOver(Optional<Value> variant, Optional<Value> plain) {
    return ratio(variant, plain).map(r -> (r - 1) * 100);
  }

  private static Verdict atMost(String target, Optional<Double> measured, double limit, String unit) {
    return verdict(target, measured, unit, measured.map(x -> x <= limit));
  }

  private static Verdict atLeast(String target, Optional<Double> measured, double limit, String unit) {
    return verdict(target, measured, unit, measured.map(x -> x >= limit));
  }

  private static Verdict verdict(String target, Optional<Double> measured, String unit, Optional<Boolean> met) {
    return new Verdict(target,
        measured.map(x -> String.format(Locale.ROOT, "%.2f %s", x, unit)).orElse("not measured"),
        met.map(ok -> ok ? "met" : "**missed**").orElse("not measured"));
  }
}
