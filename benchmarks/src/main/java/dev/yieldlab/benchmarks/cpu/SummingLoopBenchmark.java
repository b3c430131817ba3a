package dev.yieldlab.benchmarks.cpu;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Yields;
import dev.yieldlab.benchmarks.BenchmarkJvm;
import dev.yieldlab.loop.EventLoop;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed's loop of 10^8 iterations as the main coroutine of a REAL-clock loop, in the variants of
 * {@link Yields}: PLAIN, CHECK_ONLY ({@code i % 2,000,000} tested, never yielding) and MANUAL
 * (yielding on it, 50 times per run).
 *
 * <p>INJECTED is not measured yet: {@code dev.yieldlab.instrument} is not merged. To wire it, add
 * {@code "INJECTED"} to {@link #yields}'s values and give the switch below the case
 * <pre>{@code
 * case INJECTED -> {                       // built once, in a @Setup(Level.Trial) method
 *   Class<?> copy = Instrumentation.instrumentedCopy(SummingLoop.class);
 *   MethodHandle sum = lookup().findStatic(copy, "sum", methodType(long.class, long.class));
 *   try (InstalledPolicy policy = YieldPoints.install(YieldPolicy.everyBackEdges(2_000_000))) {
 *     yield (long) sum.invokeExact(iterations);
 *   }
 * }
 * }</pre>
 * The comparison already lists the figure and the 3 % target for it, as not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = BenchmarkJvm.ADD_EXPORTS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SummingLoopBenchmark {

  @Param({"PLAIN", "CHECK_ONLY", "MANUAL"})
  public Yields yields;

  @Param({"100000000"})
  public long iterations;

  @Benchmark
  public long sum() {
    EventLoop loop = new EventLoop(ClockKind.REAL);
    return loop.run("cpu_heavy", () -> switch (yields) {
      case PLAIN -> SummingLoop.sum(iterations);
      case CHECK_ONLY -> ModuloSummingLoop.checkOnly(iterations);
      case MANUAL -> ModuloSummingLoop.manual(loop, iterations);
      case INJECTED, INJECTED_TIMED -> throw new UnsupportedOperationException(
          yields + " needs dev.yieldlab.instrument, which is not merged yet");
    });
  }
}
