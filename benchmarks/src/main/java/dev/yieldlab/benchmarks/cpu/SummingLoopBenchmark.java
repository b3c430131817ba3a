package dev.yieldlab.benchmarks.cpu;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Yields;
import dev.yieldlab.benchmarks.BenchmarkSettings;
import dev.yieldlab.instrument.InstalledPolicy;
import dev.yieldlab.instrument.Instrumentation;
import dev.yieldlab.instrument.YieldPoints;
import dev.yieldlab.instrument.YieldPolicy;
import dev.yieldlab.loop.EventLoop;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The seed's loop of 10^8 iterations as the main coroutine of a REAL-clock loop, in the variants of
 * {@link Yields}: PLAIN, CHECK_ONLY ({@code i % 2,000,000} tested, never yielding), MANUAL (yielding
 * on it, 50 times per run) and INJECTED: the very bytecode of PLAIN, from an instrumented copy of
 * {@link SummingLoop} whose back-edge polls a local counter, with a policy that yields every
 * 2,000,000 back-edges (50 times per run, as MANUAL). INJECTED over PLAIN is what the instrumentation
 * costs; the target is 3 % at most.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SummingLoopBenchmark extends BenchmarkSettings {

  @Param({"PLAIN", "CHECK_ONLY", "MANUAL", "INJECTED"})
  public Yields yields;

  @Param({"100000000"})
  public long iterations;

  /** {@code SummingLoop.sum(long)} of the instrumented copy; made once per trial, as the engine does per class. */
  private MethodHandle injectedSum;

  @Setup(Level.Trial)
  public void instrument() throws ReflectiveOperationException {
    if (yields == Yields.INJECTED) {
      Class<?> copy = Instrumentation.instrumentedCopy(SummingLoop.class);
      injectedSum = MethodHandles.publicLookup().findStatic(copy, "sum", MethodType.methodType(long.class, long.class));
    }
  }

  @Benchmark
  public long sum() {
    if (yields == Yields.INJECTED) {
      return injected();
    }
    EventLoop loop = new EventLoop(ClockKind.REAL);
    return loop.run("cpu_heavy", () -> switch (yields) {
      case PLAIN -> SummingLoop.sum(iterations);
      case CHECK_ONLY -> ModuloSummingLoop.checkOnly(iterations);
      case MANUAL -> ModuloSummingLoop.manual(loop, iterations);
      case INJECTED, INJECTED_TIMED -> throw new UnsupportedOperationException(yields + " is not a variant of this benchmark");
    });
  }

  /** The instrumented copy under the policy, installed around the run as the engine installs it. */
  private long injected() {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    long sum;
    long yielded;
    try (InstalledPolicy policy = YieldPoints.install(YieldPolicy.everyBackEdges((int) ModuloSummingLoop.EVERY), loop::preemptAt)) {
      sum = loop.run("cpu_heavy", this::callInjected);
      yielded = policy.yields();
    }
    // A copy that never polled would pass for a free instrumentation: check it yielded as MANUAL does.
    if (yielded != iterations / ModuloSummingLoop.EVERY) {
      throw new IllegalStateException("the instrumented loop yielded " + yielded + " times in " + iterations
          + " iterations; expected " + iterations / ModuloSummingLoop.EVERY);
    }
    return sum;
  }

  private long callInjected() throws Exception {
    return Handles.invoke(() -> (long) injectedSum.invokeExact(iterations));
  }
}
