package dev.yieldlab.api.timing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What else happened on the machine while one side of a timed pair ran, measured by the engine
 * around the side: other processes' CPU and the hypervisor's steal ({@code /proc/stat}), this JVM's
 * GC pauses and JIT compilation (its MXBeans), and the speed of a bare loop timed just before and
 * just after the side (a moving CPU speed, which no counter shows, changes it). {@link
 * #disturbance} turns two sides' noise into the reason a pair does not count, or none.
 *
 * @param foreignCpus CPUs other processes kept busy on average (steal not included); NaN if unknown
 * @param stealCpus CPUs the hypervisor took from this VM on average; NaN if unknown
 * @param gcPauses this JVM's stop-the-world collection time meanwhile
 * @param jitCompilation this JVM's compiler threads' compiling time meanwhile
 * @param loopBefore nanoseconds of the bare calibration loop just before the side; NaN if not timed
 * @param loopAfter the same just after
 * @param wall the side's wall time, from the first reading to the last
 */
@API(status = EXPERIMENTAL, since = "0.4")
public record Noise(double foreignCpus, double stealCpus, Duration gcPauses, Duration jitCompilation, double loopBefore,
    double loopAfter, Duration wall) {

  /** Nothing measured: the VIRTUAL clock (no machine to disturb it), or no {@code /proc}. */
  public static final Noise UNMEASURED = new Noise(Double.NaN, Double.NaN, Duration.ZERO, Duration.ZERO, Double.NaN,
      Double.NaN, Duration.ZERO);

  /**
   * Foreign CPUs (other processes' and the hypervisor's steal together) beyond those the claim leaves
   * free, before a side counts as disturbed.
   */
  public static final double FOREIGN_MARGIN_CPUS = 0.5;
  /** GC pauses, as a share of the side's wall time, that disturb it. */
  public static final double GC_LIMIT = 0.02;
  /** JIT compilation, as a share of the side's wall time, that disturbs it. */
  public static final double JIT_LIMIT = 0.10;
  /** How far the calibration loop's speed may move within a side or between two sides of a pair. */
  public static final double SPEED_LIMIT = 0.10;

  public boolean measured() {
    return !wall.isZero();
  }

  /** The calibration loop's change over the side: after / before − 1 (0.12 is 12 % slower after). */
  public double speedChange() {
    return loopAfter / loopBefore - 1;
  }

  /** The calibration loop's mean time over the side, NaN if not timed. */
  double loopMean() {
    return (loopBefore + loopAfter) / 2;
  }

  /**
   * Why a pair with these two sides does not count, or empty when it does: first what the machine did
   * (other processes and the hypervisor's steal together, beyond the CPUs the claim leaves free: a
   * steady steal slows both sides alike, as a steady foreign load does), then this JVM (GC pauses,
   * JIT), then the CPU's speed within each side and between them.
   *
   * @param cpusNeeded CPUs the claim needs for itself ({@link PairedSample#freeCpusNeeded()})
   * @param cpus the machine's CPUs
   */
  public static Optional<Disturbance> disturbance(Noise baseline, Noise treatment, int cpusNeeded, int cpus) {
    for (Disturbance found : new Disturbance[] {foreign(baseline, "baseline", cpusNeeded, cpus),
        foreign(treatment, "treatment", cpusNeeded, cpus), share(baseline, "baseline", NoiseSource.GC_PAUSES), share(treatment, "treatment", NoiseSource.GC_PAUSES),
        share(baseline, "baseline", NoiseSource.JIT_COMPILATION),
        share(treatment, "treatment", NoiseSource.JIT_COMPILATION), speed(baseline, treatment)}) {
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  private static Disturbance foreign(Noise side, String which, int cpusNeeded, int cpus) {
    double steal = Double.isNaN(side.stealCpus) ? 0 : side.stealCpus;
    double busy = side.foreignCpus + steal;
    double allowed = cpus - cpusNeeded + FOREIGN_MARGIN_CPUS;
    if (!(busy > allowed)) {
      return null;
    }
    String need = cpusNeeded > 1
        ? String.format(Locale.ROOT, "the claim needs %d free CPUs of %d", cpusNeeded, cpus)
        : String.format(Locale.ROOT, "of %d CPUs, which leaves the run less than one", cpus);
    return new Disturbance(steal > side.foreignCpus ? NoiseSource.STEAL : NoiseSource.FOREIGN_LOAD, String.format(
        Locale.ROOT, "other processes kept %.2f CPUs busy and the hypervisor took %.2f during the %s; %s",
        side.foreignCpus, steal, which, need), cpusNeeded > 1);
  }

  private static Disturbance share(Noise side, String which, NoiseSource source) {
    if (!side.measured()) {
      return null;
    }
    Duration spent = source == NoiseSource.GC_PAUSES ? side.gcPauses : side.jitCompilation;
    double share = (double) spent.toNanos() / side.wall.toNanos();
    double limit = source == NoiseSource.GC_PAUSES ? GC_LIMIT : JIT_LIMIT;
    return share > limit ? new Disturbance(source, String.format(Locale.ROOT, "%.1f ms of the %s's %.1f ms (%.1f %%)",
        spent.toNanos() / 1e6, which, side.wall.toNanos() / 1e6, share * 100), false) : null;
  }

  private static Disturbance speed(Noise baseline, Noise treatment) {
    for (Noise side : new Noise[] {baseline, treatment}) {
      if (Math.abs(side.speedChange()) > SPEED_LIMIT) {
        return new Disturbance(NoiseSource.CPU_SPEED, String.format(Locale.ROOT,
            "the calibration loop took %.0f %% %s after the %s than before it", Math.abs(side.speedChange()) * 100,
            side.speedChange() > 0 ? "longer" : "less", side == baseline ? "baseline" : "treatment"), false);
      }
    }
    double between = treatment.loopMean() / baseline.loopMean() - 1;
    return Math.abs(between) > SPEED_LIMIT ? new Disturbance(NoiseSource.CPU_SPEED, String.format(Locale.ROOT,
        "the calibration loop took %.0f %% %s around the treatment than around the baseline", Math.abs(between) * 100,
        between > 0 ? "longer" : "less"), false) : null;
  }

  /** {@code foreign 0.02 CPUs, steal 0.00, GC 1.2 ms, JIT 0.0 ms, loop 512 → 515 ns}, or {@code not measured}. */
  public String describe() {
    if (!measured()) {
      return "not measured";
    }
    return String.format(Locale.ROOT, "foreign %.2f CPUs, steal %.2f, GC %.1f ms, JIT %.1f ms, loop %.0f → %.0f ns",
        foreignCpus, stealCpus, gcPauses.toNanos() / 1e6, jitCompilation.toNanos() / 1e6, loopBefore, loopAfter);
  }
}
