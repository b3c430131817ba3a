package dev.yieldlab.junit;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.timing.Noise;
import dev.yieldlab.kernel.MachineLoad;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

/**
 * Measures {@link Noise} around one side of a timed pair: {@link #start} just before it, {@link
 * #stop} just after, on the thread that runs it. Reads the machine's load and steal ({@link
 * MachineLoad}), this JVM's collectors' pause time and compilers' time (their MXBeans), and times a
 * bare calibration loop before and after. On the VIRTUAL clock nothing is measured: no machine can
 * disturb a run whose time is virtual.
 */
final class NoiseWatch {

  /**
   * Iterations of the calibration loop: about 1.5 µs here. The clock reads to within tens of
   * nanoseconds, 2 % of that, against the 10 % a CPU speed must move to disturb a side ({@link
   * Noise#SPEED_LIMIT}); and the loop is timed around every run on the REAL clock, trivial ones
   * included, where 200,000 iterations (1.2 ms per run, timed three times before and after) cost 15
   * times what the engine spent on the run itself, and 2,000 still a fifth of the engine's cost per
   * trivial run (EngineOverheadBenchmark). Back-to-back calibrations of 2,000 iterations moved more
   * than 10 % in 8 of 2,000 tries on a loaded machine, those of 200,000 in 27: a short loop, the
   * fastest of three, is not the noisier one.
   */
  static final int CALIBRATION_ITERATIONS = 1_000;
  /** The fastest of this many calibrations is kept: disturbance only ever adds time. */
  static final int CALIBRATION_TRIES = 3;
  /**
   * Calibrations before the first side, so the loop is compiled (by C2, on its invocation count) before
   * the first side is timed: an interpreted first calibration would read as the CPU slowing down within
   * that side. About 20 ms once per JVM.
   */
  static final int WARM_UP_CALIBRATIONS = 3_000;

  private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();
  /** The collectors, listed once: the platform makes a new list on every call. */
  private static final List<GarbageCollectorMXBean> COLLECTORS = ManagementFactory.getGarbageCollectorMXBeans();
  /** Keeps the calibration loop's result alive, so the JIT cannot drop the loop. */
  private static volatile long sink;

  static {
    for (int i = 0; i < WARM_UP_CALIBRATIONS; i++) {
      calibrate();
    }
  }

  private final boolean active;
  private final MachineLoad.Reading load;
  private final long gcMillis;
  private final long jitMillis;
  private final double loopBefore;
  private final long startNanos;

  private NoiseWatch(boolean active) {
    this.active = active;
    this.loopBefore = active ? calibrate() : Double.NaN;
    this.gcMillis = active ? gcPauseMillis() : 0;
    this.jitMillis = active ? jitMillis() : 0;
    this.load = active ? MachineLoad.read() : null;
    this.startNanos = System.nanoTime();
  }

  /** Starts watching, on the REAL clock only. */
  static NoiseWatch start(ClockKind clock) {
    return new NoiseWatch(clock == ClockKind.REAL);
  }

  /** What happened since {@link #start}. */
  Noise stop() {
    if (!active) {
      return Noise.UNMEASURED;
    }
    long wall = System.nanoTime() - startNanos;
    MachineLoad.Reading after = MachineLoad.read();
    long gc = gcPauseMillis() - gcMillis;
    long jit = jitMillis() - jitMillis;
    double loopAfter = calibrate();
    return new Noise(MachineLoad.foreignCpus(load, after), MachineLoad.stealCpus(load, after), Duration.ofMillis(gc),
        Duration.ofMillis(jit), loopBefore, loopAfter, Duration.ofNanos(Math.max(1, wall)));
  }

  /** Stop-the-world time so far, leaving out collectors that run beside the program ({@code G1 Concurrent GC}). */
  private static long gcPauseMillis() {
    long millis = 0;
    for (GarbageCollectorMXBean collector : COLLECTORS) {
      if (!collector.getName().contains("Concurrent") && collector.getCollectionTime() > 0) {
        millis += collector.getCollectionTime();
      }
    }
    return millis;
  }

  private static long jitMillis() {
    return COMPILER != null && COMPILER.isCompilationTimeMonitoringSupported() ? COMPILER.getTotalCompilationTime() : 0;
  }

  /** Nanoseconds of the fastest of a few runs of a bare dependent-arithmetic loop. */
  static double calibrate() {
    long fastest = Long.MAX_VALUE;
    for (int i = 0; i < CALIBRATION_TRIES; i++) {
      long start = System.nanoTime();
      sink += bareLoop(sink);
      fastest = Math.min(fastest, System.nanoTime() - start);
    }
    return fastest;
  }

  /** An LCG step and an xorshift per iteration: dependent 64-bit arithmetic the JIT can neither drop nor vectorize. */
  private static long bareLoop(long seed) {
    long x = seed | 1;
    for (int i = 0; i < CALIBRATION_ITERATIONS; i++) {
      long y = x * 6364136223846793005L + i;
      x = y ^ (y >>> 29);
    }
    return x;
  }
}
