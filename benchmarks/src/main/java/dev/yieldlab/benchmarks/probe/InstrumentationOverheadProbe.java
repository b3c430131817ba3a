package dev.yieldlab.benchmarks.probe;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.benchmarks.cpu.Fib;
import dev.yieldlab.benchmarks.cpu.Handles;
import dev.yieldlab.benchmarks.cpu.SummingLoop;
import dev.yieldlab.instrument.InstalledPolicy;
import dev.yieldlab.instrument.Instrumentation;
import dev.yieldlab.instrument.YieldPoints;
import dev.yieldlab.instrument.YieldPolicy;
import dev.yieldlab.loop.EventLoop;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;

/**
 * What the injected yield points cost, as a paired measurement in one JVM: the class as compiled
 * (PLAIN) and its instrumented copy (INJECTED), each called through a {@link MethodHandle} as the main
 * coroutine of a fresh REAL-clock loop, in back-to-back pairs whose order alternates, and the median
 * of the per-pair ratios. {@code FibBenchmark} and {@code SummingLoopBenchmark} measure the same
 * variants in separate forks, where a JVM's JIT decisions and the VM's speed differ from fork to fork
 * by more than the few per cent looked for (their JMH errors are ±17 to ±27 %); paired in one JVM,
 * both sides see the same machine at the same moment.
 *
 * <ul>
 *   <li>fib(30) under a policy of every 2,000,000 back-edges: fib has none, so the flag of its method-
 *       entry polls never rises and the pair's difference is the poll alone (issue 15: ≤ 3 %);
 *   <li>the seed's loop of 10^8 iterations under the same policy: its back-edge counter, and the 50
 *       yields it makes per run (issue 7: ≤ 3 %).
 * </ul>
 *
 * <p>Usage: {@code InstrumentationOverheadProbe [fibPairs=400] [loopPairs=40] [warmups=20]}; prints
 * {@code fib-paired.entry-poll} and {@code seed-loop-paired.injected} in per cent over PLAIN.
 */
public final class InstrumentationOverheadProbe {

  static final int FIB_N = 30;
  static final int EVERY = 2_000_000;

  private InstrumentationOverheadProbe() {}

  /** One call of one side, on a loop of its own; returns its nanoseconds. */
  @FunctionalInterface
  private interface Side {
    long nanos() throws Throwable;
  }

  public static void main(String[] args) throws Throwable {
    int fibPairs = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    int loopPairs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    MethodType fibType = MethodType.methodType(long.class, int.class);
    MethodType sumType = MethodType.methodType(long.class, long.class);
    MethodHandle fibPlain = MethodHandles.publicLookup().findStatic(Fib.class, "fib", fibType);
    MethodHandle fibInjected = MethodHandles.publicLookup().findStatic(Instrumentation.instrumentedCopy(Fib.class), "fib", fibType);
    MethodHandle sumPlain = MethodHandles.publicLookup().findStatic(SummingLoop.class, "sum", sumType);
    MethodHandle sumInjected = MethodHandles.publicLookup().findStatic(Instrumentation.instrumentedCopy(SummingLoop.class), "sum", sumType);
    EventLoop[] current = new EventLoop[1];
    // Installed once around all pairs, as the engine installs it once per run; PLAIN's classes are not instrumented, so it never polls.
    try (InstalledPolicy policy = YieldPoints.install(YieldPolicy.everyBackEdges(EVERY), where -> current[0].preemptAt(where))) {
      Side fibA = () -> timed(current, () -> (long) fibPlain.invokeExact(FIB_N));
      Side fibB = () -> timed(current, () -> (long) fibInjected.invokeExact(FIB_N));
      Side sumA = () -> timed(current, () -> (long) sumPlain.invokeExact(SummingLoop.ITERATIONS));
      Side sumB = () -> timed(current, () -> (long) sumInjected.invokeExact(SummingLoop.ITERATIONS));
      print("fib-paired.entry-poll", pairedPercent(fibA, fibB, warmups, fibPairs),
          fibPairs + " pairs of fib(" + FIB_N + "), PLAIN and INJECTED (entry polls, flag never raised) in one JVM");
      long yieldsBefore = policy.yields();
      print("seed-loop-paired.injected", pairedPercent(sumA, sumB, Math.max(1, warmups / 4), loopPairs),
          loopPairs + " pairs of the seed's loop (10^8 iterations), PLAIN and INJECTED every " + EVERY + " back-edges in one JVM");
      if (policy.yields() == yieldsBefore) {
        throw new IllegalStateException("the instrumented seed loop never yielded: its figure would be a free instrumentation's");
      }
    }
  }

  /** The median over {@code pairs} of (B / A − 1) × 100, after {@code warmups} unmeasured pairs, A first in even pairs. */
  private static double[] pairedPercent(Side a, Side b, int warmups, int pairs) throws Throwable {
    for (int i = 0; i < warmups; i++) {
      a.nanos();
      b.nanos();
    }
    double[] percents = new double[pairs];
    for (int i = 0; i < pairs; i++) {
      long plain;
      long injected;
      if (i % 2 == 0) {
        plain = a.nanos();
        injected = b.nanos();
      } else {
        injected = b.nanos();
        plain = a.nanos();
      }
      percents[i] = ((double) injected / plain - 1) * 100;
    }
    Percentiles spread = new Percentiles(percents);
    return new double[] {spread.at(50), spread.at(25), spread.at(75)};
  }

  private static long timed(EventLoop[] current, Handles.LongCall call) {
    current[0] = new EventLoop(ClockKind.REAL);
    long start = System.nanoTime();
    current[0].run("body", () -> Handles.invoke(call));
    return System.nanoTime() - start;
  }

  private static void print(String key, double[] medianAndQuartiles, String note) {
    System.out.println(new FigureLine(key, medianAndQuartiles[0], Double.NaN, "%", note + String.format(Locale.ROOT,
        "; median of the per-pair ratios, quartiles %+.1f %% to %+.1f %%", medianAndQuartiles[1], medianAndQuartiles[2])).format());
  }
}
