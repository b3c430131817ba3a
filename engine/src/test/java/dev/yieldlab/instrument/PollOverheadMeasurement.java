package dev.yieldlab.instrument;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.instrument.samples.SummingLoop;
import dev.yieldlab.loop.EventLoop;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures what the injected poll costs on the post's 10^8-iteration summing loop, run as one
 * coroutine on a REAL-clock loop: plain vs instrumented under each policy. Not a test (timings do
 * not belong in unit tests); run it by hand, several times, on a quiet machine:
 *
 * <pre>{@code
 * ./mvnw -B -q -pl engine test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java --add-exports java.base/jdk.internal.vm=ALL-UNNAMED \
 *   -cp engine/target/classes:engine/target/test-classes:$(cat engine/target/cp.txt) \
 *   dev.yieldlab.instrument.PollOverheadMeasurement [iterations] [rounds]
 * }</pre>
 *
 * <p>Variants are interleaved round by round so that drift in machine load hits all of them alike.
 *
 * <p>Measured 2026-11-25 on the shared 2-core AMD EPYC VM (Temurin 25, load average 5-7 from other
 * builds), 5 JVMs x 9 rounds of 10^8 iterations. Wall time was dominated by other processes
 * (per-JVM medians of plain 90-220 ms), so compare thread CPU time; plain is 0.90-0.95 ns/iteration.
 * Per-JVM median CPU time vs plain, range over the 5 JVMs:
 * <pre>
 *   injected, policy none                 -3.7 % .. -0.8 %
 *   injected, poll only every 2,000,000   -2.3 % .. +0.1 %
 *   injected, yield every 2,000,000       -1.4 % .. +1.5 %   (50 yields per run)
 *   injected, yield every 5 ms            -2.1 % .. +2.4 %   (17-20 yields per run)
 * </pre>
 * That is, the poll is within noise of free on this loop (the negative numbers are code-layout
 * luck, not a speed-up to rely on); compare +170 % for a call that decrements a static counter.
 */
public final class PollOverheadMeasurement {

  /** Thread CPU time as well as wall time: the machine is shared, and a descheduled thread is not slower code. */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private PollOverheadMeasurement() {}

  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 100_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    int warmups = 3;
    Class<?> copy = Instrumentation.instrumentedCopy(SummingLoop.class);

    Map<String, Variant> variants = new LinkedHashMap<>();
    variants.put("plain", new Variant(SummingLoop.class, null));
    variants.put("injected, none", new Variant(copy, YieldPolicy::none));
    variants.put("injected, poll only every 2,000,000", new Variant(copy, () -> YieldPolicy.pollOnlyEvery(2_000_000)));
    variants.put("injected, every 2,000,000", new Variant(copy, () -> YieldPolicy.everyBackEdges(2_000_000)));
    variants.put("injected, every 5 ms", new Variant(copy, () -> YieldPolicy.every(Duration.ofMillis(5))));

    Map<String, List<Long>> nanos = new LinkedHashMap<>();
    Map<String, List<Long>> cpuNanos = new LinkedHashMap<>();
    Map<String, List<Long>> yields = new LinkedHashMap<>();
    long checksum = 0;
    for (int round = 0; round < warmups + rounds; round++) {
      for (Map.Entry<String, Variant> entry : variants.entrySet()) {
        Run run = entry.getValue().run(iterations);
        checksum += run.result();
        if (round >= warmups) {
          nanos.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(run.nanos());
          cpuNanos.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(run.cpuNanos());
          yields.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(run.yields());
        }
      }
    }

    double plainMedian = median(nanos.get("plain"));
    double plainCpuMedian = median(cpuNanos.get("plain"));
    System.out.printf(Locale.ROOT, "%d iterations, %d rounds after %d warm-ups (checksum %d)%n",
        iterations, rounds, warmups, checksum);
    System.out.printf(Locale.ROOT, "%-38s %9s %8s %8s %9s | %9s %8s %8s %9s | %6s%n", "variant",
        "wall med", "min", "max", "vs plain", "cpu med", "min", "max", "vs plain", "yields");
    nanos.forEach((name, times) -> {
      List<Long> cpu = cpuNanos.get(name);
      System.out.printf(Locale.ROOT, "%-38s %7.1fms %8.1f %8.1f %+8.1f%% | %7.1fms %8.1f %8.1f %+8.1f%% | %6d%n",
          name, median(times) / 1e6, min(times) / 1e6, max(times) / 1e6, (median(times) / plainMedian - 1) * 100,
          median(cpu) / 1e6, min(cpu) / 1e6, max(cpu) / 1e6, (median(cpu) / plainCpuMedian - 1) * 100,
          (long) median(yields.get(name)));
    });
  }

  private record Run(long result, long nanos, long cpuNanos, long yields) {}

  private record Variant(Class<?> summingLoop, Supplier<YieldPolicy> policy) {

    Run run(int iterations) {
      EventLoop loop = new EventLoop(ClockKind.REAL, Duration.ofMinutes(5));
      InstalledPolicy installed = policy == null ? null : YieldPoints.install(policy.get(), loop::preemptAt);
      try {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long result = loop.run("cpu_heavy", () -> (Long) Copies.callStatic(summingLoop, "sum", iterations));
        long elapsed = System.nanoTime() - start;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        return new Run(result, elapsed, cpu, installed == null ? 0 : installed.yields());
      } finally {
        if (installed != null) {
          installed.close();
        }
      }
    }
  }

  private static double median(List<Long> values) {
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
  }

  private static long min(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).min().orElseThrow();
  }

  private static long max(List<Long> values) {
    return Arrays.stream(values.stream().mapToLong(Long::longValue).toArray()).max().orElseThrow();
  }
}
