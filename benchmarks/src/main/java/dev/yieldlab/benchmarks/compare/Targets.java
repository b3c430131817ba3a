package dev.yieldlab.benchmarks.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The issue's targets, unchanged, each judged from this run's figures and shown on the row of the
 * figure it is about. Where the issue's wording leaves a choice, the target's text says which
 * reading was taken.
 */
final class Targets {

  /** One target: what the issue asks, what was measured, and whether it holds. */
  record Verdict(String target, String measured, String verdict) {

    /** {@code met (1.21 ×)}, {@code **missed** (1.90 ×)} or {@code not measured}. */
    String cell() {
      return measured.equals("not measured") ? measured : verdict + " (" + measured + ")";
    }
  }

  /** Issue 12's switch figures and errors (docs/PERFORMANCE.md of 2026-11-25), which issue 13 must keep. */
  static final double SWITCH_REAL_BEFORE = 146;
  static final double SWITCH_REAL_BEFORE_ERROR = 11.2;
  static final double SWITCH_VIRTUAL_BEFORE = 125;
  static final double SWITCH_VIRTUAL_BEFORE_ERROR = 13.8;

  /** Issue 13's switch figures and errors (docs/PERFORMANCE.md of 2026-12-01), which issue 14 must keep. */
  static final double SWITCH_REAL_ISSUE13 = 249;
  static final double SWITCH_REAL_ISSUE13_ERROR = 29.1;
  static final double SWITCH_VIRTUAL_ISSUE13 = 215;
  static final double SWITCH_VIRTUAL_ISSUE13_ERROR = 24.8;

  private Targets() {}

  /** Every target, by the figure whose row shows it, in the order of {@link Figures#ALL}. */
  static Map<Figure, List<Verdict>> judge(Measures m, Measures py) {
    Map<Figure, List<Verdict>> byFigure = new LinkedHashMap<>();
    Optional<Value> floor = Figures.SWITCH_FLOOR.yieldlab(m);
    add(byFigure, Figures.SWITCH_REAL, atMost("≤ 1.3 × the bare Continuation floor",
        ratio(Figures.SWITCH_REAL.yieldlab(m), floor), 1.3, "×"));
    add(byFigure, Figures.SWITCH_REAL, atLeast("≥ 15 × faster than asyncio sleep(0)",
        ratio(Figures.SWITCH_REAL.asyncio(py), Figures.SWITCH_REAL.yieldlab(m)), 15, "× faster"));
    add(byFigure, Figures.SWITCH_VIRTUAL, atMost("≤ 1.3 × the bare Continuation floor",
        ratio(Figures.SWITCH_VIRTUAL.yieldlab(m), floor), 1.3, "×"));
    add(byFigure, Figures.SLEEPING_OWN, atMost("≤ 1 s (read as: beyond their 1 s sleep)",
        Figures.SLEEPING_OWN.yieldlab(m).map(v -> v.value() / 1000), 1, "s"));
    add(byFigure, Figures.SLEEPING_OWN, atLeast("≥ 5 × faster than asyncio",
        ratio(Figures.SLEEPING_OWN.asyncio(py), Figures.SLEEPING_OWN.yieldlab(m)), 5, "× faster"));
    add(byFigure, Figures.SLEEPING_HEAP, atMost("≤ 512 MB heap",
        Figures.SLEEPING_HEAP.yieldlab(m).map(Value::value), 512, "MB"));
    add(byFigure, Figures.LOOP_INJECTED, atMost("≤ 3 % over plain at N = 2,000,000",
        percentOver(Figures.LOOP_INJECTED.yieldlab(m), Figures.LOOP_PLAIN.yieldlab(m)), 3, "%"));
    add(byFigure, Figures.LOOP_PAIRED, atMost("≤ 3 % over plain at N = 2,000,000 (paired)",
        Figures.LOOP_PAIRED.yieldlab(m).map(Value::value), 3, "%"));
    add(byFigure, Figures.LAG_MEDIAN, atMost("median ≤ 1 ms",
        Figures.LAG_MEDIAN.yieldlab(m).map(Value::value), 1, "ms"));
    add(byFigure, Figures.ENGINE_YIELDLAB, atMost("≤ 1.5 × Jupiter for 1,000 trivial cases",
        ratio(Figures.ENGINE_YIELDLAB.yieldlab(m), Figures.ENGINE_JUPITER.yieldlab(m)), 1.5, "×"));
    // Issue 13: the waiting primitives, and the switch they must not slow down.
    add(byFigure, Figures.SWITCH_REAL, atMost("issue 13: within its error of issue 12's 146 ± 11.2 ns",
        Figures.SWITCH_REAL.yieldlab(m).map(Value::value), SWITCH_REAL_BEFORE + SWITCH_REAL_BEFORE_ERROR, "ns"));
    add(byFigure, Figures.SWITCH_VIRTUAL, atMost("issue 13: within its error of issue 12's 125 ± 13.8 ns",
        Figures.SWITCH_VIRTUAL.yieldlab(m).map(Value::value), SWITCH_VIRTUAL_BEFORE + SWITCH_VIRTUAL_BEFORE_ERROR, "ns"));
    add(byFigure, Figures.QUEUE_HANDOFF, atLeast("≥ 10 × faster than asyncio.Queue",
        ratio(Figures.QUEUE_HANDOFF.asyncio(py), Figures.QUEUE_HANDOFF.yieldlab(m)), 10, "× faster"));
    add(byFigure, Figures.LOCK_UNCONTENDED, atMost("≤ 50 ns, no switch (LockTest#uncontendedDoesNotSwitch), events recorded",
        Figures.LOCK_UNCONTENDED.yieldlab(m).map(Value::value), 50, "ns"));
    add(byFigure, Figures.LOCK_UNCONTENDED_VIRTUAL, atMost("≤ 50 ns (the lock without the REAL clock's readings)",
        Figures.LOCK_UNCONTENDED_VIRTUAL.yieldlab(m).map(Value::value), 50, "ns"));
    add(byFigure, Figures.CLOCK_READING, atMost("issue 13's ≤ 50 ns on the REAL clock: its two event timestamps alone (2 × this)",
        Figures.CLOCK_READING.yieldlab(m).map(v -> 2 * v.value()), 50, "ns"));
    add(byFigure, Figures.TIMEOUT_NOT_FIRING, atMost("≤ 2 × a plain sleep's timer (sleep round trip − yield round trip)",
        ratio(Figures.TIMEOUT_NOT_FIRING.yieldlab(m), difference(Figures.SLEEP_ROUND_TRIP.yieldlab(m),
            Figures.YIELD_ROUND_TRIP.yieldlab(m))), 2, "×"));
    // Issue 14: real sockets, and the switch and the timer they must not slow down.
    add(byFigure, Figures.SWITCH_REAL, atMost("issue 14: within its error of issue 13's 249 ± 29.1 ns (measured under load ~2)",
        Figures.SWITCH_REAL.yieldlab(m).map(Value::value), SWITCH_REAL_ISSUE13 + SWITCH_REAL_ISSUE13_ERROR, "ns"));
    add(byFigure, Figures.SWITCH_VIRTUAL, atMost("issue 14: within its error of issue 13's 215 ± 24.8 ns (measured under load ~2)",
        Figures.SWITCH_VIRTUAL.yieldlab(m).map(Value::value), SWITCH_VIRTUAL_ISSUE13 + SWITCH_VIRTUAL_ISSUE13_ERROR, "ns"));
    add(byFigure, Figures.LAG_MEDIAN_IO, atMost("issue 14: median ≤ 1 ms with the loop in its selector",
        Figures.LAG_MEDIAN_IO.yieldlab(m).map(Value::value), 1, "ms"));
    add(byFigure, Figures.ECHO_100_LOOP, atLeast("issue 14: ≥ 3 × asyncio's requests/s at 100 connections",
        ratio(Figures.ECHO_100_LOOP.asyncio(py), Figures.ECHO_100_LOOP.yieldlab(m)), 3, "× asyncio's"));
    add(byFigure, Figures.ECHO_100_SYS, atMost("issue 14's 3 × leaves asyncio's time ÷ 3 per request: the kernel's part alone, × that budget",
        ratio(Figures.ECHO_100_SYS.yieldlab(m), Figures.ECHO_100_LOOP.asyncio(py)).map(r -> r * 3), 1, "× the budget"));
    add(byFigure, Figures.ECHO_RTT_LOOP, atMost("issue 14: median within 1.3 × the platform threads'",
        ratio(Figures.ECHO_RTT_LOOP.yieldlab(m), Figures.ECHO_RTT_THREADS.yieldlab(m)), 1.3, "×"));
    // Issue 17: the loop against the JDK's own coroutines, measured in the same run.
    add(byFigure, Figures.SWITCH_REAL, atLeast("issue 17: ≥ 1.3 × faster than a virtual thread's Thread.yield() among 10 on one carrier",
        ratio(Figures.VT_YIELD.yieldlab(m), Figures.SWITCH_REAL.yieldlab(m)), 1.3, "× faster"));
    add(byFigure, Figures.SPAWN_JOIN, atLeast("issue 17: ≥ 3 × faster than Thread.ofVirtual().start() + join()",
        ratio(Figures.VT_START_JOIN.yieldlab(m), Figures.SPAWN_JOIN.yieldlab(m)), 3, "× faster"));
    add(byFigure, Figures.SLEEPERS_1M_TIME, atMost("issue 17: ≤ 2 s beyond the sleep",
        Figures.SLEEPERS_1M_TIME.yieldlab(m).map(v -> v.value() / 1000), 2, "s"));
    add(byFigure, Figures.SLEEPERS_1M_TIME, atMost("issue 17: no worse than 1,000,000 sleeping virtual threads (≤ 1 ×)",
        ratio(Figures.SLEEPERS_1M_TIME.yieldlab(m), Figures.VT_SLEEPERS_1M_TIME.yieldlab(m)), 1, "×"));
    add(byFigure, Figures.SLEEPERS_1M_YOUNG_TIME, atMost("issue 17: ≤ 2 s beyond the sleep",
        Figures.SLEEPERS_1M_YOUNG_TIME.yieldlab(m).map(v -> v.value() / 1000), 2, "s"));
    add(byFigure, Figures.SLEEPERS_1M_YOUNG_TIME, atMost("issue 17: no worse than 1,000,000 sleeping virtual threads with the same option (≤ 1 ×)",
        ratio(Figures.SLEEPERS_1M_YOUNG_TIME.yieldlab(m), Figures.VT_SLEEPERS_1M_YOUNG_TIME.yieldlab(m)), 1, "×"));
    add(byFigure, Figures.SLEEPERS_1M_HEAP, atMost("issue 17: ≤ 1 GiB live heap",
        Figures.SLEEPERS_1M_HEAP.yieldlab(m).map(Value::value), 1024, "MB"));
    add(byFigure, Figures.SLEEPERS_1M_HEAP, atMost("issue 17: no worse than 1,000,000 sleeping virtual threads (≤ 1 ×)",
        ratio(Figures.SLEEPERS_1M_HEAP.yieldlab(m), Figures.VT_SLEEPERS_1M_HEAP.yieldlab(m)), 1, "×"));
    // Issue 15: a million coroutines, the timer heap at scale, preemptible recursion.
    add(byFigure, Figures.MILLION_OWN, atMost("issue 15: ≤ 2 s beyond the 1 s sleep",
        Figures.MILLION_OWN.yieldlab(m).map(v -> v.value() / 1000), 2, "s"));
    add(byFigure, Figures.MILLION_OWN, atLeast("issue 15: ≥ 10 × faster than asyncio beyond the sleep",
        ratio(Figures.MILLION_OWN.asyncio(py), Figures.MILLION_OWN.yieldlab(m)), 10, "× faster"));
    add(byFigure, Figures.MILLION_YOUNG_OWN, atMost("issue 15: ≤ 2 s beyond the 1 s sleep",
        Figures.MILLION_YOUNG_OWN.yieldlab(m).map(v -> v.value() / 1000), 2, "s"));
    add(byFigure, Figures.MILLION_YOUNG_OWN, atLeast("issue 15: ≥ 10 × faster than asyncio beyond the sleep",
        ratio(Figures.MILLION_YOUNG_OWN.asyncio(py), Figures.MILLION_YOUNG_OWN.yieldlab(m)), 10, "× faster"));
    add(byFigure, Figures.MILLION_HEAP, atMost("issue 15: ≤ 1 GiB live heap",
        Figures.MILLION_HEAP.yieldlab(m).map(Value::value), 1024, "MB"));
    add(byFigure, Figures.TIMER_HEAP_100K, atMost("issue 15: ≤ 2 × the 1,000-sleeper figure",
        ratio(Figures.TIMER_HEAP_100K.yieldlab(m), Figures.TIMER_HEAP_1K.yieldlab(m)), 2, "×"));
    // The loop cannot wake one of 100,000 for less than the floor does, nor do less per wake-up than it
    // does at 1,000: the best ratio it could reach is (floor at 100k + loop at 1k − floor at 1k) ÷ loop at 1k.
    add(byFigure, Figures.WAKE_FLOOR_100K, atMost("issue 15's ≤ 2 ×: the lowest 100,000 ÷ 1,000 ratio the loop can reach,"
            + " (this + the loop's 1,000 figure − the 1,000 floor) ÷ the loop's 1,000 figure",
        lowestWakeRatio(m), 2, "×"));
    ExplorationTargets.judge(byFigure, m);
    add(byFigure, Figures.FIB_INJECTED, atMost("issue 15: ≤ 3 % over plain (the entry poll)",
        percentOver(Figures.FIB_INJECTED.yieldlab(m), Figures.FIB_PLAIN.yieldlab(m)), 3, "%"));
    add(byFigure, Figures.FIB_PAIRED, atMost("issue 15: ≤ 3 % over plain (the entry poll, paired)",
        Figures.FIB_PAIRED.yieldlab(m).map(Value::value), 3, "%"));
    return byFigure;
  }

  /** (floor at 100,000 + loop at 1,000 − floor at 1,000) ÷ loop at 1,000: see the WAKE_FLOOR_100K target. */
  private static Optional<Double> lowestWakeRatio(Measures m) {
    Optional<Value> loop1k = Figures.TIMER_HEAP_1K.yieldlab(m);
    Optional<Value> overheadAt1k = difference(loop1k, Figures.WAKE_FLOOR_1K.yieldlab(m));
    Optional<Double> floor100k = Figures.WAKE_FLOOR_100K.yieldlab(m).map(Value::value);
    return floor100k.flatMap(f -> overheadAt1k.flatMap(o -> loop1k.map(l -> (f + o.value()) / l.value())));
  }

  private static void add(Map<Figure, List<Verdict>> byFigure, Figure figure, Verdict verdict) {
    byFigure.computeIfAbsent(figure, f -> new ArrayList<>()).add(verdict);
  }

  static Optional<Double> ratio(Optional<Value> numerator, Optional<Value> denominator) {
    return numerator.flatMap(n -> denominator.map(d -> n.value() / d.value()));
  }

  private static Optional<Value> difference(Optional<Value> a, Optional<Value> b) {
    return a.flatMap(x -> b.map(y -> x.minus(y.value())));
  }

  private static Optional<Double> percentOver(Optional<Value> variant, Optional<Value> plain) {
    return ratio(variant, plain).map(r -> (r - 1) * 100);
  }

  static Verdict atMost(String target, Optional<Double> measured, double limit, String unit) {
    return verdict(target, measured, unit, measured.map(x -> x <= limit));
  }

  static Verdict atLeast(String target, Optional<Double> measured, double limit, String unit) {
    return verdict(target, measured, unit, measured.map(x -> x >= limit));
  }

  private static Verdict verdict(String target, Optional<Double> measured, String unit, Optional<Boolean> met) {
    return new Verdict(target,
        measured.map(x -> String.format(Locale.ROOT, "%.2f %s", x, unit)).orElse("not measured"),
        met.map(ok -> ok ? "met" : "**missed**").orElse("not measured"));
  }
}
