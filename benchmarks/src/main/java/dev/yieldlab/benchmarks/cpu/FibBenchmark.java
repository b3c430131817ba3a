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
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@link Fib#fib fib(30)} as the main coroutine of a REAL-clock loop: PLAIN, the class as compiled;
 * INJECTED, an instrumented copy whose every call starts with the method-entry poll (a read of the
 * quantum flag), under a back-edge policy, so the flag stays down and the poll never fires: INJECTED
 * over PLAIN is what the poll costs (the target: 3 % at most); INJECTED_TIMED, the same copy
 * under a wall-time policy of 1 ms quanta, so the recursion yields to the loop about once per
 * millisecond: the poll and its yields.
 *
 * <p>Both sides call fib through a {@link MethodHandle} held in a field (the instrumented copy can
 * only be reached that way), so neither is inlined into the caller. The policy is installed once per
 * iteration, as the engine installs it once per run of a variant, not once per 4 ms call: installing
 * starts the policy's quantum timer thread, a fixed cost per run (about 0.3 ms here) that would
 * otherwise pass for the poll's.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FibBenchmark extends BenchmarkSettings {

  /** The quantum of the wall-time policy: the engine's default yield interval. */
  static final Duration QUANTUM = Duration.ofMillis(1);

  @Param({"PLAIN", "INJECTED", "INJECTED_TIMED"})
  public Yields yields;

  @Param({"30"})
  public int n;

  /** {@code Fib.fib(int)}, of the class as compiled or of its instrumented copy. */
  private MethodHandle fib;
  private InstalledPolicy policy;
  /** The loop of the invocation under way: the installed policy yields to it. */
  private EventLoop current;

  @Setup(Level.Trial)
  public void instrument() throws ReflectiveOperationException {
    Class<?> target = switch (yields) {
      case PLAIN -> Fib.class;
      case INJECTED, INJECTED_TIMED -> Instrumentation.instrumentedCopy(Fib.class);
      default -> throw new UnsupportedOperationException(yields + " is not a variant of this benchmark");
    };
    fib = MethodHandles.publicLookup().findStatic(target, "fib", MethodType.methodType(long.class, int.class));
  }

  @Setup(Level.Iteration)
  public void install() {
    if (yields == Yields.INJECTED) {
      policy = YieldPoints.install(YieldPolicy.everyBackEdges(2_000_000), where -> current.preemptAt(where));
    } else if (yields == Yields.INJECTED_TIMED) {
      policy = YieldPoints.install(YieldPolicy.every(QUANTUM), where -> current.preemptAt(where));
    }
  }

  @TearDown(Level.Iteration)
  public void uninstall() {
    if (policy != null) {
      // The recursion must have yielded: a copy that never did would pass for a free instrumentation.
      if (yields == Yields.INJECTED_TIMED && policy.yields() == 0) {
        throw new IllegalStateException("the instrumented fib never yielded under " + policy);
      }
      policy.close();
      policy = null;
    }
  }

  @Benchmark
  public long fib() {
    current = new EventLoop(ClockKind.REAL);
    return current.run("fib", () -> Handles.invoke(() -> (long) fib.invokeExact(n)));
  }
}
